package no.farvel.docx.internal;

import java.util.List;
import no.farvel.templates.spi.LetterLayout;

/**
 * How tall a letterhead's paragraphs stand, estimated from its pictures, lines and the styles' spacing: Word and
 * LibreOffice start the body below a header that reaches past the top margin, so the address is placed from there.
 */
final class LetterheadHeight {
    private static final double MM_PER_POINT = 25.4 / 72;
    private static final double EMU_PER_MM = 36_000;
    /** The letterhead's leading as a multiple of the type size, the PDF's, which its style sets as the least. */
    private static final double LINE_FACTOR = LetterLayout.Spacing.REGULAR.lineHeight();
    private static final double HEADER_SIZE = LetterLayout.LETTERHEAD_SIZE;
    private static final double RULE_SIZE = 4;
    /** The rule's space after, 10 pt, and its border. */
    private static final double RULE_EXTRA = 10.75;

    private LetterheadHeight() {
    }

    /** The estimated height in millimetres. */
    static double of(List<WordParagraph> paragraphs) {
        double points = 0;
        for (WordParagraph paragraph : paragraphs) {
            if (DocxStyles.RULE.equals(paragraph.style())) {
                points += RULE_SIZE * LINE_FACTOR + RULE_EXTRA;
                continue;
            }
            double line = HEADER_SIZE * LINE_FACTOR;
            double first = Math.max(line, paragraph.tallestPicture() / EMU_PER_MM / MM_PER_POINT);
            points += first + paragraph.breaks() * line;
        }
        return points * MM_PER_POINT;
    }
}
