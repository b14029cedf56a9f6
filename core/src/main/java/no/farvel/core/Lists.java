package no.farvel.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the model's lists: null becomes empty, null elements are kept for validation to report. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> immutable(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
