package no.farvel.templates.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link LetterSourceCompiler} makes of a source file.
 *
 * @param template FreeMarker source with square-bracket syntax that writes the letter markup
 * @param lineOrigins for each line of {@code template}, where it comes from in the source, in the author's terms
 *                    ({@code paragraph 12 on page 2 («Vi viser til …»)}); errors in a line are reported there
 * @param files files the template refers to that live inside the source, such as a logo embedded in a Word
 *              document, by their path in the pack ({@code letter_nb.docx/media/image1.png})
 * @param language the source's own language tag, such as {@code nb-NO}, or null when it names none
 */
public record CompiledLetter(String template, List<String> lineOrigins, Map<String, byte[]> files, String language) {
    public CompiledLetter {
        Objects.requireNonNull(template, "The parameter 'template' must not be null");
        lineOrigins = List.copyOf(lineOrigins);
        files = Map.copyOf(files);
    }

    /** Where line {@code line} (from 1) of the template comes from, or null when not known. */
    public String origin(int line) {
        return line >= 1 && line <= lineOrigins.size() ? lineOrigins.get(line - 1) : null;
    }
}
