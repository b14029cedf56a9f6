package no.farvel.templates.document;

import java.util.List;

/**
 * Generic inline container with a class, and a role when the template marks what its text is for
 * ({@code <span data-role="thanks">}); renderers may style it by class and ignore the role.
 */
public record Span(String cssClass, String role, List<Inline> inlines) implements Inline {
    /** Copies the inlines. */
    public Span {
        inlines = List.copyOf(inlines);
    }

    /** A span without a role. */
    public Span(String cssClass, List<Inline> inlines) {
        this(cssClass, null, inlines);
    }
}
