package no.farvel.templates.document;

/** The current page number ({@code <span class="page"/>}), meaningful in the footer. */
public record PageNumber() implements Inline {
}
