package no.farvel.templates.document;

import java.util.List;

/** Paragraph, with the role the template marked it with ({@code <p data-role="wishes">}) or null. */
public record Paragraph(List<Inline> inlines, String role) implements Block {
    /** Copies the inlines. */
    public Paragraph {
        inlines = List.copyOf(inlines);
    }

    /** A paragraph without a role. */
    public Paragraph(List<Inline> inlines) {
        this(inlines, null);
    }
}
