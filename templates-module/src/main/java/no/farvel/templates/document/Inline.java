package no.farvel.templates.document;

/** An inline node of a letter: what flows inside a line. */
public sealed interface Inline permits Text, Styled, LineBreak, Link, Image, Span, PageNumber, PageCount {
}
