package no.farvel.templates.internal.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import no.farvel.localization.NoBreak;

/**
 * Text as OpenPDF chunks that draw every character and break lines where the letter allows: a character the pack's
 * face lacks comes from the fallback face (one neither has shows as U+FFFD, visibly missing rather than dropped), and a
 * word holding a non-breaking hyphen is one chunk that never splits, drawn with a plain hyphen so that the text
 * copies and searches as written ("2026-1041").
 */
final class TextRuns {
    /** Draws a character no embedded face has, so that it shows as missing rather than vanishing. */
    static final int REPLACEMENT = 0xFFFD;
    private static final SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

    private TextRuns() {
    }

    /** The chunks for {@code text} in the given font, falling back to {@code fonts.fallback()} per character. */
    static List<Chunk> chunks(String text, Font font, PdfFonts fonts) {
        List<Chunk> chunks = new ArrayList<>();
        int plainStart = 0;
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ' ') {
                continue;
            }
            String word = text.substring(wordStart, i);
            if (word.indexOf(NoBreak.NO_BREAK_HYPHEN) >= 0) {
                addRuns(chunks, text.substring(plainStart, wordStart), font, fonts, false);
                addRuns(chunks, word.replace(NoBreak.NO_BREAK_HYPHEN, '-'), font, fonts, true);
                plainStart = i;
            }
            wordStart = i + 1;
        }
        addRuns(chunks, text.substring(plainStart), font, fonts, false);
        return chunks;
    }

    /** Splits {@code text} into runs of one face each. */
    private static void addRuns(List<Chunk> into, String text, Font font, PdfFonts fonts, boolean unbreakable) {
        if (text.isEmpty()) {
            return;
        }
        BaseFont face = font.getBaseFont();
        StringBuilder run = new StringBuilder();
        BaseFont runFace = null;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            BaseFont needed = face;
            if (!drawsItself(face, cp)) {
                needed = fonts.fallback();
                if (!fonts.fallback().charExists(cp)) {
                    cp = REPLACEMENT;
                }
            }
            if (runFace != null && needed != runFace) {
                into.add(chunk(run.toString(), font, runFace, unbreakable));
                run.setLength(0);
            }
            runFace = needed;
            run.appendCodePoint(cp);
        }
        into.add(chunk(run.toString(), font, runFace, unbreakable));
    }

    /** Whether the face has the glyph; spaces and line breaks need none of their own. */
    private static boolean drawsItself(BaseFont face, int cp) {
        return cp == ' ' || cp == '\n' || cp == '\r' || face.charExists(cp);
    }

    private static Chunk chunk(String text, Font font, BaseFont face, boolean unbreakable) {
        Font runFont = face == font.getBaseFont() ? font
                : new Font(face, font.getSize(), font.getStyle(), font.getColor());
        Chunk chunk = new Chunk(text, runFont);
        if (unbreakable) {
            chunk.setSplitCharacter(NEVER);
        }
        return chunk;
    }
}
