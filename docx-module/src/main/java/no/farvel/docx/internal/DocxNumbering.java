package no.farvel.docx.internal;

import java.nio.charset.StandardCharsets;
import no.farvel.templates.spi.LetterLayout;

/**
 * The numbering part: one abstract definition for bullets and one for numbered lists, and a fresh list instance per
 * list so each numbered list starts again at 1.
 */
final class DocxNumbering {
    /** Levels deeper than this reuse the deepest level's look. */
    static final int LEVELS = 3;
    static final String PART = "word/numbering.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    private static final String RELATION = WordPart.RELATIONSHIPS + "/numbering";

    private static final String[] BULLETS = {"•", "–", "•"};
    private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};
    private static final String[] NUMBER_TEXTS = {"%1.", "%2)", "%3."};
    /** The two abstract definitions, the same in every letter: bullets (0) and numbers (1). */
    private static final String DEFINITIONS = definition(0, false) + definition(1, true);

    private final WordPart document;
    /** The list instances (w:num), or null while the letter has no list and so no numbering part. */
    private StringBuilder lists;
    private int count;

    /** @param document the body's part, which relates to the numbering part once a list needs it */
    DocxNumbering(WordPart document) {
        this.document = document;
    }

    /** A new list instance; numbered ones restart at 1 on every level. Returns its number (numId). */
    int newList(boolean ordered) {
        if (lists == null) {
            document.relate(RELATION, "numbering.xml", false);
            lists = new StringBuilder(512);
        }
        int numId = ++count;
        lists.append("<w:num w:numId=\"").append(numId).append("\"><w:abstractNumId w:val=\"")
            .append(ordered ? 1 : 0).append("\"/>");
        if (ordered) {
            for (int level = 0; level < LEVELS; level++) {
                lists.append("<w:lvlOverride w:ilvl=\"").append(level)
                    .append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
            }
        }
        lists.append("</w:num>");
        return numId;
    }

    /** The numbering part's XML, or null when the letter has no list and so no numbering part. */
    byte[] xml() {
        if (lists == null) {
            return null;
        }
        return (WordPart.DECLARATION + "<w:numbering xmlns:w=\"" + WordPart.MAIN + "\">"
            + DEFINITIONS + lists + "</w:numbering>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The left indent of a list level's text, in twips; continuation paragraphs of an item line up with it. Each
     * level stands in by the PDF's marker column: 1.4 times the body size for a bullet, twice it for a number.
     */
    static int textIndent(int level, boolean ordered) {
        return markerWidth(ordered) * (1 + Math.min(level, LEVELS - 1));
    }

    private static int markerWidth(boolean ordered) {
        return (int) Math.round(LetterLayout.BODY_SIZE * (ordered ? 2.0 : 1.4) * 20);
    }

    private static String definition(int id, boolean ordered) {
        StringBuilder xml = new StringBuilder(1024).append("<w:abstractNum w:abstractNumId=\"").append(id)
            .append("\">");
        for (int level = 0; level < LEVELS; level++) {
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                .append(ordered ? NUMBER_FORMATS[level] : "bullet").append("\"/><w:lvlText w:val=\"")
                .append(ordered ? NUMBER_TEXTS[level] : BULLETS[level]).append("\"/><w:lvlJc w:val=\"left\"/>")
                .append("<w:pPr><w:ind w:left=\"").append(textIndent(level, ordered)).append("\" w:hanging=\"")
                .append(markerWidth(ordered)).append("\"/></w:pPr></w:lvl>");
        }
        return xml.append("</w:abstractNum>").toString();
    }
}
