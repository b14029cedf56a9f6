package no.farvel.templates.spi;

import java.io.IOException;
import java.io.OutputStream;
import no.farvel.templates.document.LetterDocument;

/**
 * Writes a {@link LetterDocument} in one output format. Found with {@link java.util.ServiceLoader}: a new format is a
 * new class listed in {@code META-INF/services/no.farvel.templates.spi.LetterRenderer}.
 *
 * <p>Implementations are stateless or thread-safe: one instance renders many letters at once.
 */
public interface LetterRenderer {

    /** The format's short name and file extension: {@code pdf}, {@code docx}, {@code html}, {@code txt}. */
    String format();

    /** The MIME type of what {@link #render} writes, such as {@code application/pdf}. */
    String mediaType();

    /** Writes the letter to {@code out}, leaving it open. Fails with {@link RenderException} naming what is wrong. */
    void render(LetterDocument document, RenderContext context, OutputStream out) throws IOException;

    /**
     * Whether this format shows the character with the pack's fonts. A format that cannot puts a visible mark in
     * its place, and the letter carries a warning naming the field; formats without embedded fonts show everything.
     */
    default boolean draws(int codePoint, RenderContext context) {
        return true;
    }

    /** Whether this format has pages, and so sets the letter in its {@link LetterDocument#rhythm()}. */
    default boolean paged() {
        return false;
    }

    /**
     * The letter in the {@link no.farvel.templates.document.Rhythm} that keeps it on as few pages as this format's
     * layout allows, or the letter unchanged; every paged format is then written from the result, so that all agree.
     */
    default LetterDocument fitted(LetterDocument document, RenderContext context) {
        return document;
    }

    /**
     * {@link #fitted} and {@link #render} of its result in one step: writes the fitted letter to {@code out} and
     * returns it. A format that measures by laying the letter out overrides this to lay it out once.
     */
    default LetterDocument renderFitted(LetterDocument document, RenderContext context, OutputStream out)
            throws IOException {
        LetterDocument fitted = fitted(document, context);
        render(fitted, context, out);
        return fitted;
    }
}
