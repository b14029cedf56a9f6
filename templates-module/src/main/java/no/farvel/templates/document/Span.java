package no.farvel.templates.document;

import java.util.List;

/** Generic inline container with a class. */
public record Span(String cssClass, List<Inline> inlines) implements Inline {
    /** Copies the inlines. */
    public Span {
        inlines = List.copyOf(inlines);
    }
}
