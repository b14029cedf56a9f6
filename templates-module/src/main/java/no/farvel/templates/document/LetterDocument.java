package no.farvel.templates.document;

import java.time.LocalDate;
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
    /** Copies the lists of blocks. */
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

    /** The same letter with its document properties dated {@code date}, as {@link Metadata#withDate} says. */
    public LetterDocument withDate(LocalDate date) {
        return new LetterDocument(metadata.withDate(date), letterhead, recipient, body, footer, page);
    }

    /**
     * Document properties.
     *
     * @param title the document title
     * @param author the sender
     * @param subject the subject line
     * @param language BCP 47 tag: {@code nb}, {@code nn} or {@code en}
     * @param date the letter's date, which dates the document (creation date, ZIP entry times), or null for none;
     *     never the clock, so the same letter gives the same bytes
     */
    public record Metadata(String title, String author, String subject, String language, LocalDate date) {
        /** Undated properties, as the markup gives them; {@code Farvel} dates them with the letter's date. */
        public Metadata(String title, String author, String subject, String language) {
            this(title, author, subject, language, null);
        }

        /** These properties dated {@code date}. */
        public Metadata withDate(LocalDate date) {
            return new Metadata(title, author, subject, language, date);
        }
    }
}
