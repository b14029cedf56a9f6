package no.farvel.templates.document;

import java.util.List;

/** Strong, emphasised or underlined inlines. */
public record Styled(Style style, List<Inline> inlines) implements Inline {
    /** Copies the inlines. */
    public Styled {
        inlines = List.copyOf(inlines);
    }

    /** The three inline styles of the letter markup: {@code strong}, {@code em}, {@code u}. */
    /** Bold ({@code strong}), italic ({@code em}) or underlined ({@code u}). */
    public enum Style { STRONG, EMPHASIS, UNDERLINE }
}
