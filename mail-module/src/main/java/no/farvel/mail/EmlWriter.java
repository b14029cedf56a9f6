package no.farvel.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import no.farvel.mail.internal.MimeComposer;

/** Writes messages as RFC 5322 {@code .eml} files that mail clients open and {@link Outbox} sends. */
public final class EmlWriter {
    private EmlWriter() {
    }

    /** The message as RFC 5322 bytes: UTF-8 content in 7-bit transfer encodings, CRLF line ends. */
    public static byte[] toBytes(LetterEmail email) {
        Objects.requireNonNull(email, "The parameter 'email' must not be null");
        return MimeComposer.toBytes(email);
    }

    /**
     * Writes the message to {@code file}, whole or not at all: to a temporary file beside it, then moved into place.
     * Creates missing parent folders and replaces an existing file.
     */
    public static void write(LetterEmail email, Path file) throws IOException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        byte[] bytes = toBytes(email);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
