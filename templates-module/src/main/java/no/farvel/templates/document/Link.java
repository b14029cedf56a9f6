package no.farvel.templates.document;

import java.util.List;

/** Hyperlink to {@code href} (https: or mailto:). */
public record Link(String href, List<Inline> inlines) implements Inline {
    /** Copies the inlines. */
    public Link {
        inlines = List.copyOf(inlines);
    }
}
