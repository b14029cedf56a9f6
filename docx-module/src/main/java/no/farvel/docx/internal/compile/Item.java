package no.farvel.docx.internal.compile;

import no.farvel.docx.internal.compile.Piece.Picture;

/** A paragraph once its tags are found: text, fields, breaks, pictures and page numbers between the tags. */
sealed interface Item permits Item.Literal, Item.Field, Item.LineBreak, Item.Image, Item.PageNumber, Tag {

    /** Whether this prints something visible by itself (a field may print nothing). */
    default boolean visible() {
        return false;
    }

    /** Text exactly as written. */
    record Literal(String text, Format format) implements Item {
        @Override
        public boolean visible() {
            return !text.isBlank();
        }
    }

    /**
     * A field such as {@code [=client.name]}: the value printed where it stands, in the formatting of its first
     * character.
     *
     * @param expression the FreeMarker expression inside the brackets, with Word's typographic quotes made plain
     */
    record Field(String expression, Format format, Where where, int from, int to) implements Item {
    }

    /** A line break (Shift+Enter). */
    record LineBreak() implements Item {
    }

    /** A picture. */
    record Image(Picture picture) implements Item {
        @Override
        public boolean visible() {
            return true;
        }
    }

    /** The page number, or the number of pages. */
    record PageNumber(boolean total, Format format) implements Item {
        @Override
        public boolean visible() {
            return true;
        }
    }
}
