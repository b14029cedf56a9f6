package no.farvel.templates.spi;

import java.util.Objects;
import no.farvel.templates.pack.PackLimits;

/**
 * What a renderer may use besides the document: the pack's files and its typographic choices.
 *
 * @param resources the template pack's files (images, fonts); nothing outside the pack is reachable
 * @param fonts the pack's TrueType font family, embedded in PDFs and named in DOCX
 * @param accentColor the pack's accent colour as {@code #rrggbb}, for headings and rules
 * @param maxImagePixels the most pixels an image may have; check with {@link PackImage#read} before decoding one
 */
public record RenderContext(PackResources resources, FontFamily fonts, String accentColor, long maxImagePixels) {
    /** Checks resources and fonts; the accent colour defaults to dark blue. */
    public RenderContext {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        Objects.requireNonNull(fonts, "The parameter 'fonts' must not be null");
        accentColor = accentColor == null ? "#1f3a5f" : accentColor;
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("The parameter 'maxImagePixels' must be positive");
        }
    }

    /** A context with the default image limit. */
    public RenderContext(PackResources resources, FontFamily fonts, String accentColor) {
        this(resources, fonts, accentColor, PackLimits.defaults().imagePixels());
    }

    /**
     * A font family as pack paths to TrueType files.
     *
     * @param name the family name Word and LibreOffice show, such as {@code Liberation Sans}
     */
    public record FontFamily(String name, String regular, String bold, String italic, String boldItalic) {
    }
}
