package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.spi.LetterSourceException;

/** The faults found while compiling one document, each once, in the order found. */
final class Problems {
    private final List<LetterSourceException.Problem> found = new ArrayList<>();

    /** Records a fault at a place. */
    void add(Where where, String message) {
        add(where.describe(), message);
    }

    /** Records a fault at a place, quoting the paragraph around characters {@code from} to {@code to}. */
    void add(Where where, int from, int to, String message) {
        add(where.describe(from, to), message);
    }

    void add(String location, String message) {
        LetterSourceException.Problem problem = new LetterSourceException.Problem(location, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    boolean any() {
        return !found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<LetterSourceException.Problem> list() {
        return List.copyOf(found);
    }
}
