package no.farvel.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.farvel.batch.internal.AtomicFiles;
import no.farvel.batch.internal.SafeDir;
import no.farvel.core.digest.Sha256;

/**
 * Writes files so that each appears whole or not at all: to a temporary name in the same folder, synced to disk, then
 * moved into place in one step. Never follows a symbolic link: a folder that is a link is refused, and a link (or
 * FIFO) where a file goes is replaced, not written through.
 */
public final class OutputWriter {
    /** How temporary files end; a run cleans up the ones a killed run left in a record's folder. */
    public static final String TEMPORARY_SUFFIX = AtomicFiles.TEMPORARY_SUFFIX;

    private OutputWriter() {
    }

    /** Writes {@code content} to {@code folder/name}, replacing it whole; returns its name, hash and size. */
    public static WrittenFile write(Path folder, String name, byte[] content) throws IOException {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(content, "The parameter 'content' must not be null");
        return writeAll(folder, Map.of(name, content)).get(0);
    }

    /**
     * Writes several files into {@code folder} (made when missing), each replacing its namesake whole: all are
     * written to temporary names and synced, then moved into place, then the folder is synced once. Returns each
     * file's name, hash and size in the order of {@code files}.
     *
     * @throws IOException naming the folder when it is a symbolic link or not a folder
     */
    public static List<WrittenFile> writeAll(Path folder, Map<String, byte[]> files) throws IOException {
        Objects.requireNonNull(folder, "The parameter 'folder' must not be null");
        Objects.requireNonNull(files, "The parameter 'files' must not be null");
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder);
        }
        try (SafeDir dir = SafeDir.open(folder)) {
            return AtomicFiles.writeAll(dir, files);
        }
    }

    /** Removes temporary files a killed run left in {@code folder}; a missing folder is fine, a link is refused. */
    public static void removeTemporaryFiles(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (SafeDir dir = SafeDir.open(folder)) {
            AtomicFiles.removeTemporaryFiles(dir);
        }
    }

    /** The SHA-256 of {@code content} as 64 lowercase hex digits. */
    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    /** The SHA-256 of a file's content, read in pieces; a symbolic link is refused. */
    public static String sha256(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return Sha256.hex(channel);
        }
    }
}
