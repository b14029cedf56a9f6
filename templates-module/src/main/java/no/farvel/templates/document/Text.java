package no.farvel.templates.document;

/** Plain text, already unescaped; never interpreted. */
public record Text(String text) implements Inline {
}
