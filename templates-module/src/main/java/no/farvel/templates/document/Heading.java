package no.farvel.templates.document;

import java.util.List;

/** Heading of level 1 (the letter's title) to 3. */
public record Heading(int level, List<Inline> inlines) implements Block {
    /** Checks the level (1 to 3) and copies the inlines. */
    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("Heading level must be 1 to 3, not " + level);
        }
        inlines = List.copyOf(inlines);
    }
}
