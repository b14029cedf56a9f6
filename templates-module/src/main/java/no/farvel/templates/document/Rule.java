package no.farvel.templates.document;

/** Horizontal rule. */
public record Rule() implements Block {
}
