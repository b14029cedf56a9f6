package no.farvel.templates.spi;

import java.util.Objects;
import no.farvel.templates.pack.PackLimits;

/**
 * One file a {@link LetterSourceCompiler} compiles.
 *
 * @param pack the pack's name, for messages
 * @param path the file's path in the pack, such as {@code letter_nb.docx}
 * @param bytes the file's contents, already held to {@code fileSize}
 * @param fields the names the letter may use, so that a misspelt field is found when the pack is loaded
 * @param limits the pack's limits, which the compiler keeps to as it unpacks and reads the file: an archive's entries
 *               and unpacked size, the pixels of its images
 */
public record LetterSource(String pack, String path, byte[] bytes, LetterFields fields, PackLimits limits) {
    /** Checks that every part is there. */
    public LetterSource {
        Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
        Objects.requireNonNull(path, "The parameter 'path' must not be null");
        Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null");
        Objects.requireNonNull(fields, "The parameter 'fields' must not be null");
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
    }
}
