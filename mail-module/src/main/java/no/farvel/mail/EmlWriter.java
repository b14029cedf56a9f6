package no.farvel.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import no.farvel.mail.internal.MimeComposer;

/** Writes messages as RFC 5322 {@code .eml} files that mail clients open and {@link Outbox} sends. */
public final class EmlWriter {
    private EmlWriter() {
    }

    /**
     * Composes and writes a small message with an HTML part, an inline image and an attachment to nowhere: the first
     * message loads Jakarta Mail, its encoders and MIME type tables, which a caller with an idle core can have done
     * ahead of the first letter. Never fails; the first real message reports what goes wrong.
     */
    public static void warmUp() {
        try {
            toBytes(LetterEmail.builder().from("farvel@farvel.invalid", "Farvel").to("farvel@farvel.invalid", "Farvel")
                    .subject("Farvel").text("Farvel").html("<p>Farvel</p>")
                    .inlineImage("logo", "image/png", new byte[] {1}).attachment("letter.pdf", "application/pdf",
                            new byte[] {1}).messageId("<warm-up@farvel.invalid>")
                    .date(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)).build());
        } catch (RuntimeException | LinkageError e) {
            // The first real message does the same work and reports the failure there.
        }
    }

    /** The message as RFC 5322 bytes: UTF-8 content in 7-bit transfer encodings, CRLF line ends. */
    public static byte[] toBytes(LetterEmail email) {
        Objects.requireNonNull(email, "The parameter 'email' must not be null");
        return MimeComposer.toBytes(email);
    }

    /**
     * Writes the message to {@code file}, whole or not at all: to a temporary file beside it, forced to disk, then
     * moved into place. Creates missing parent folders and replaces an existing file. The file is as readable as the
     * umask allows, so an archiver running as another user can read it.
     */
    public static void write(LetterEmail email, Path file) throws IOException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        byte[] bytes = toBytes(email);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: it makes the file 0600 whatever the umask says.
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
