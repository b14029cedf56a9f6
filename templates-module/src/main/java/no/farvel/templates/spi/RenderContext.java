package no.farvel.templates.spi;

import java.util.Objects;

/**
 * What a renderer may use besides the document: the pack's files and its typographic choices.
 *
 * @param resources the template pack's files (images, fonts); nothing outside the pack is reachable
 * @param fonts the pack's TrueType font family, embedded in PDFs and named in DOCX
 * @param accentColor the pack's accent colour as {@code #rrggbb}, for headings and rules
 */
public record RenderContext(PackResources resources, FontFamily fonts, String accentColor) {
    /** Checks resources and fonts; the accent colour defaults to dark blue. */
    public RenderContext {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        Objects.requireNonNull(fonts, "The parameter 'fonts' must not be null");
        accentColor = accentColor == null ? "#1f3a5f" : accentColor;
    }

    /**
     * A font family as pack paths to TrueType files.
     *
     * @param name the family name Word and LibreOffice show, such as {@code Liberation Sans}
     */
    public record FontFamily(String name, String regular, String bold, String italic, String boldItalic) {
    }
}
