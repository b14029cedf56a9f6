package no.farvel.templates.document;

/** The total number of pages ({@code <span class="pages"/>}), meaningful in the footer. */
public record PageCount() implements Inline {
}
