package no.farvel.templates.document;

/** Hard line break. */
public record LineBreak() implements Inline {
}
