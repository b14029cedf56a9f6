package no.farvel.templates.document;

/** A block-level node of a letter: what stacks vertically on the page. */
public sealed interface Block permits Paragraph, Heading, ListBlock, Table, Rule, Division {
}
