package no.farvel.mail.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads letters from an outbox folder, {@code DIR/<id>/letter.eml}, without following a symbolic link out of it and
 * without reading more than a letter may weigh.
 */
public final class LetterFolder {
    private final Path dir;
    private final String fileName;
    private final int maxBytes;

    public LetterFolder(Path dir, String fileName, int maxBytes) {
        this.dir = dir;
        this.fileName = fileName;
        this.maxBytes = maxBytes;
    }

    /** Thrown with the reason a letter is left alone, as a sentence that names the file. */
    public static final class Refusal extends Exception {
        public Refusal(String message) {
            super(message);
        }
    }

    /** The file for a record id; the id is one folder name, never a path. */
    public Path file(String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..") || id.contains("/") || id.contains("\\")
                || id.indexOf('\0') >= 0) {
            return dir.resolve("_").resolve(fileName);
        }
        return dir.resolve(id).resolve(fileName);
    }

    /** The letter's bytes, refusing a link, a file that is not a regular file, or one over the size limit. */
    public byte[] read(String id) throws Refusal, IOException {
        Path file = file(id);
        Path folder = file.getParent();
        if (!folder.getParent().equals(dir) || !folder.getFileName().toString().equals(id)) {
            throw new Refusal("The record id '" + id + "' is not a folder name; left alone");
        }
        if (Files.isSymbolicLink(folder) || Files.isSymbolicLink(file)) {
            throw new Refusal((Files.isSymbolicLink(folder) ? folder : file) + " is a symbolic link; Farvel does not"
                    + " follow links out of the output folder, so the letter is left alone");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(file + (Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? " is not a regular file"
                    : " is missing") + "; left alone");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new Refusal(file + " is " + mebibytes(size) + ", over the " + mebibytes(maxBytes) + " limit for"
                        + " one letter (Outbox.MAX_LETTER_BYTES); left alone");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or the end
            }
            return buffer.hasRemaining() ? java.util.Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        }
    }

    /**
     * The folders in {@code dir} holding a letter file that are not among {@code listed}, each with the reason it is
     * left alone, sorted by name.
     */
    public List<Refused> unlisted(java.util.Set<String> listed) throws IOException {
        List<Refused> found = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String id = child.getFileName().toString();
                if (listed.contains(id) || !Files.exists(child.resolve(fileName), LinkOption.NOFOLLOW_LINKS)
                        && !Files.isSymbolicLink(child.resolve(fileName))) {
                    continue;
                }
                String reason = Files.isSymbolicLink(child) ? child + " is a symbolic link; Farvel does not follow"
                        + " links out of the output folder, so its " + fileName + " is left alone"
                        : child.resolve(fileName) + " is not listed as written; left alone";
                found.add(new Refused(id, child.resolve(fileName), reason));
            }
        }
        found.sort(java.util.Comparator.comparing(Refused::id));
        return found;
    }

    /** Every folder in {@code dir} that holds a letter file, by name; links are refused when read. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                if (Files.exists(child.resolve(fileName), LinkOption.NOFOLLOW_LINKS)) {
                    ids.add(child.getFileName().toString());
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /**
     * A letter file left alone.
     *
     * @param id its folder name
     * @param file the file
     * @param reason why, naming the file
     */
    public record Refused(String id, Path file, String reason) {
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
