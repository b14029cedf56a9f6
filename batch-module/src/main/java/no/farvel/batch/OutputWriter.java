package no.farvel.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that each appears whole or not at all: to a temporary name in the same folder, synced to disk, then
 * moved into place in one step.
 */
public final class OutputWriter {
    /** How temporary files end; a run cleans up the ones a killed run left in a record's folder. */
    public static final String TEMPORARY_SUFFIX = ".tmp";

    private OutputWriter() {
    }

    /** Writes {@code content} to {@code folder/name}, replacing it whole; returns its name, hash and size. */
    public static WrittenFile write(Path folder, String name, byte[] content) throws IOException {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(content, "The parameter 'content' must not be null");
        return writeAll(folder, Map.of(name, content)).get(0);
    }

    /**
     * Writes several files into {@code folder}, each replacing its namesake whole: all are written to temporary names
     * and synced, then moved into place, then the folder is synced once. Returns each file's name, hash and size in
     * the order of {@code files}.
     */
    public static List<WrittenFile> writeAll(Path folder, Map<String, byte[]> files) throws IOException {
        Objects.requireNonNull(folder, "The parameter 'folder' must not be null");
        Objects.requireNonNull(files, "The parameter 'files' must not be null");
        boolean created = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        if (created && folder.getParent() != null) {
            syncFolder(folder.getParent());
        }
        Map<Path, Path> moves = new LinkedHashMap<>();
        List<WrittenFile> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path temporary = folder.resolve("." + file.getKey() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX);
                moves.put(temporary, folder.resolve(file.getKey()));
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(file.getValue());
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                written.add(new WrittenFile(file.getKey(), sha256(file.getValue()), file.getValue().length));
            }
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                try {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temporary : moves.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
        syncFolder(folder);
        return written;
    }

    /** Removes temporary files a killed run left in {@code folder}; a missing folder is fine. */
    public static void removeTemporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "*" + TEMPORARY_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** The SHA-256 of {@code content} as 64 lowercase hex digits. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** The SHA-256 of a file's content, read in pieces. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Makes the rename itself durable; not every file system lets a folder be synced, which is then skipped. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a folder for syncing; the file itself is already on disk.
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
