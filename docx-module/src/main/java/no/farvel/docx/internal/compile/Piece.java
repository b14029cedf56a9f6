package no.farvel.docx.internal.compile;

/** What a Word paragraph is made of once its runs, revisions and fields are read: text and the few other things. */
sealed interface Piece {
    Format format();

    /** Text; a run boundary, a proofing mark or a revision between two of these means nothing. */
    record Chars(String text, Format format) implements Piece {
    }

    /** A line break within the paragraph (Shift+Enter). */
    record Break(Format format) implements Piece {
    }

    /**
     * A picture embedded in the document.
     *
     * @param src its path among the compiled letter's files, such as {@code letter_nb.docx/media/image1.png}
     * @param alt its description, which may hold fields
     * @param widthMm its width on the page
     */
    record Picture(String src, String alt, double widthMm, Format format) implements Piece {
    }

    /** Word's PAGE field ({@code total} false) or NUMPAGES field ({@code total} true). */
    record PageField(boolean total, Format format) implements Piece {
    }
}
