package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;

/** An opening tag, its dividing tags and its closing tag, such as {@code [#if …]…[#else]…[/#if]}. */
final class Construct {
    final List<Tag> tags = new ArrayList<>();

    Construct(Tag open) {
        add(open);
    }

    void add(Tag tag) {
        tags.add(tag);
        tag.construct = this;
    }

    Tag open() {
        return tags.get(0);
    }

    Tag close() {
        return tags.get(tags.size() - 1);
    }

    /** A loop repeats what it holds: inside a list it repeats items, inside a table rows. */
    boolean loop() {
        return Directives.loops(open().name);
    }
}
