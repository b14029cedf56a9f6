package no.farvel.templates.spi;

import java.util.Objects;

/**
 * One file a {@link LetterSourceCompiler} compiles.
 *
 * @param pack the pack's name, for messages
 * @param path the file's path in the pack, such as {@code letter_nb.docx}
 * @param bytes the file's contents
 * @param fields the names the letter may use, so that a misspelt field is found when the pack is loaded
 */
public record LetterSource(String pack, String path, byte[] bytes, LetterFields fields) {
    public LetterSource {
        Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
        Objects.requireNonNull(path, "The parameter 'path' must not be null");
        Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null");
        Objects.requireNonNull(fields, "The parameter 'fields' must not be null");
    }
}
