package no.farvel.templates.internal.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext.FontFamily;
import no.farvel.templates.spi.RenderException;

/**
 * Parsed TrueType fonts keyed by pack name and font path, so a batch parses each file once. Thread-safe: a parsed
 * {@link BaseFont} is immutable once built, and OpenPDF tracks the glyphs a document uses per writer, not per font.
 */
final class FontCache {
    private record Key(String pack, String path) {
    }

    /** DejaVu Sans, which Farvel ships for the characters a pack's font lacks (licence beside it). */
    static final String FALLBACK = "/no/farvel/templates/fonts/DejaVuSans.ttf";

    private final ConcurrentMap<Key, BaseFont> fonts = new ConcurrentHashMap<>();

    /** The embedded faces of {@code family}, read from {@code resources} on first use. */
    PdfFonts family(PackResources resources, FontFamily family) throws IOException {
        return new PdfFonts(
                font(resources, family.regular(), "regular"),
                font(resources, family.bold(), "bold"),
                font(resources, family.italic(), "italic"),
                font(resources, family.boldItalic(), "bold italic"),
                FallbackHolder.FONT);
    }

    private BaseFont font(PackResources resources, String path, String face) throws IOException {
        if (path == null || path.isBlank()) {
            throw new RenderException("The pack '" + resources.name() + "' names no " + face
                    + " font; add a TrueType file for it to the pack manifest.");
        }
        try {
            return fonts.computeIfAbsent(new Key(resources.name(), path), key -> parse(resources, path));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final class FallbackHolder {
        static final BaseFont FONT = fallback();

        private static BaseFont fallback() {
            try (var in = FontCache.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IllegalStateException("Farvel's fallback font " + FALLBACK + " is missing from its jar");
                }
                return embedded("DejaVuSans.ttf", in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Farvel's fallback font " + FALLBACK + " cannot be read", e);
            }
        }
    }

    private static BaseFont embedded(String name, byte[] bytes) throws IOException {
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        font.setSubset(true);
        // PDF/A-1 (ISO 19005-1, 6.3.5) wants a CIDSet for every embedded CID font subset.
        font.setIncludeCidSet(true);
        return font;
    }

    private static BaseFont parse(PackResources resources, String path) {
        byte[] bytes;
        try {
            bytes = resources.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Checked first: OpenPDF believes the sizes a font file states, however large.
        String unsound = TrueTypeFile.problem(bytes);
        if (unsound != null) {
            throw new RenderException("The font '" + path + "' in pack '" + resources.name() + "' " + unsound
                    + "; replace it with a .ttf file.");
        }
        // OpenPDF recognises TrueType by the name's extension; the name is also the font's key in its own caches,
        // which we bypass (cached = false) so that two packs with the same file name never share a font.
        String name = path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf") ? path : path + ".ttf";
        try {
            return embedded(name, bytes);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("The font '" + path + "' in pack '" + resources.name()
                    + "' is not a readable TrueType font (" + e.getMessage() + "); replace it with a .ttf file.", e);
        }
    }
}
