package no.farvel.templates.document;

import java.util.List;

/** Paragraph. */
public record Paragraph(List<Inline> inlines) implements Block {
    /** Copies the inlines. */
    public Paragraph {
        inlines = List.copyOf(inlines);
    }
}
