package no.farvel.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.farvel.templates.spi.LetterLayout;

/**
 * The parts of a Word package that are the same for every letter of a pack: the style sheet (one per font, accent
 * colour, language and spacing), the settings, the extended properties and the package's relationships. Each is
 * serialised and deflated once and copied into every letter's archive.
 */
final class SharedParts {
    static final String EXTENDED_PROPERTIES =
        "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    /** Word's settings as POI made them for a new document: none, so Word's defaults. */
    static final DeflatedPart SETTINGS = DeflatedPart.of("word/settings.xml", (WordPart.DECLARATION
        + "<w:settings xmlns:w=\"" + WordPart.MAIN + "\"/>").getBytes(StandardCharsets.UTF_8));

    /** The application that wrote the document, which Word shows under File ▸ Info. */
    static final DeflatedPart APP = DeflatedPart.of("docProps/app.xml", (WordPart.DECLARATION
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Farvel</Application></Properties>").getBytes(StandardCharsets.UTF_8));

    /** The package's relationships: to the document, the extended properties and the core properties. */
    static final DeflatedPart PACKAGE_RELATIONSHIPS = DeflatedPart.of("_rels/.rels", DocxPackage.relationships(List.of(
        new WordPart.Relationship("rId1", WordPart.RELATIONSHIPS + "/officeDocument", "word/document.xml", false),
        new WordPart.Relationship("rId2", WordPart.RELATIONSHIPS + "/extended-properties", "docProps/app.xml", false),
        new WordPart.Relationship("rId3",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml",
            false))));

    /**
     * More style sheets than a batch or a server's packs need; past it the cache starts again rather than grow with a
     * caller that sends a new accent colour with every letter.
     */
    private static final int MOST_STYLE_SHEETS = 64;
    private static final Map<StyleKey, DeflatedPart> STYLE_SHEETS = new ConcurrentHashMap<>();

    private SharedParts() {
    }

    /**
     * The style sheet of letters in the font, accent colour, language and spacing, built on first use.
     *
     * @param accent hex colour without '#', for the title, headings, rules and links
     * @param language the run language (w:lang) for spelling and hyphenation, such as {@code nb-NO}
     */
    static DeflatedPart styleSheet(String fontName, String accent, String language, LetterLayout.Spacing spacing) {
        StyleKey key = new StyleKey(fontName, accent, language, spacing);
        DeflatedPart sheet = STYLE_SHEETS.get(key);
        if (sheet == null) {
            if (STYLE_SHEETS.size() >= MOST_STYLE_SHEETS) {
                STYLE_SHEETS.clear();
            }
            sheet = STYLE_SHEETS.computeIfAbsent(key, SharedParts::build);
        }
        return sheet;
    }

    private record StyleKey(String fontName, String accent, String language, LetterLayout.Spacing spacing) {
    }

    private static DeflatedPart build(StyleKey key) {
        return DeflatedPart.of("word/styles.xml",
            DocxStyles.sheet(key.fontName(), key.accent(), key.language(), key.spacing()));
    }
}
