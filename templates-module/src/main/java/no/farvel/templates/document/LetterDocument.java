package no.farvel.templates.document;

import java.util.List;
import java.util.Objects;

/**
 * One letter as a format-neutral tree: page furniture plus body. Readers build it; renderers only walk it.
 *
 * @param metadata title, author, subject and language for document properties
 * @param letterhead the sender's letterhead, shown on the first page only ({@code <header>})
 * @param recipient the recipient's address block, placed where a window envelope shows it ({@code <address>})
 * @param body the letter itself
 * @param footer shown on every page ({@code <footer>}); may hold {@link PageNumber} and {@link PageCount}
 * @param page the paper size and margins the template asks for, or null to leave them to each renderer
 */
public record LetterDocument(Metadata metadata, List<Block> letterhead, List<Block> recipient, List<Block> body,
                             List<Block> footer, PageSetup page) {
    public LetterDocument {
        Objects.requireNonNull(metadata, "The parameter 'metadata' must not be null");
        letterhead = List.copyOf(letterhead);
        recipient = List.copyOf(recipient);
        body = List.copyOf(body);
        footer = List.copyOf(footer);
    }

    /** A letter whose paper size and margins each renderer chooses. */
    public LetterDocument(Metadata metadata, List<Block> letterhead, List<Block> recipient, List<Block> body,
                          List<Block> footer) {
        this(metadata, letterhead, recipient, body, footer, null);
    }

    /**
     * Document properties.
     *
     * @param language BCP 47 tag: {@code nb}, {@code nn} or {@code en}
     */
    public record Metadata(String title, String author, String subject, String language) {
    }
}
