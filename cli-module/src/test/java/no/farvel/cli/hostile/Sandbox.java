package no.farvel.cli.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One hostile case's folder: {@code in/} for the inputs, {@code out} for the output folder (made by Farvel), and
 * {@code outside/}, a sentinel folder beside it with files named like Farvel's own, which must never change.
 */
final class Sandbox {
    final Path root;
    final Path in;
    final Path out;
    final Path outside;
    private final java.util.List<Cleanup> cleanups = new java.util.ArrayList<>();

    Sandbox(Path root) throws IOException {
        this.root = root;
        this.in = Files.createDirectories(root.resolve("in"));
        this.out = root.resolve("out");
        this.outside = Files.createDirectories(root.resolve("outside"));
        write("outside/letter.txt", "a letter Farvel did not write");
        write("outside/letter.pdf", "%PDF- not Farvel's");
        write("outside/letter.eml", "Subject: not Farvel's\n");
        write("outside/.letter.txt.1234.tmp", "someone else's temporary file");
        write("outside/secret.txt", "do not read, do not confirm");
        write("outside/target.jsonl", "{\"someone\":\"else's journal\"}\n");
    }

    /** Writes a text file, making its folder; the path is relative to the sandbox. */
    Path write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a big text file without holding it: {@code head}, {@code middle} {@code times} times, {@code tail}. */
    Path writeRepeated(String relative, String head, String middle, long times, String tail) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            StringBuilder block = new StringBuilder();
            long perBlock = Math.max(1, (1 << 20) / Math.max(1, middle.length()));
            for (long i = 0; i < perBlock; i++) {
                block.append(middle);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(head);
                long left = times;
                while (left >= perBlock) {
                    writer.write(block.toString());
                    left -= perBlock;
                }
                for (long i = 0; i < left; i++) {
                    writer.write(middle);
                }
                writer.write(tail);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a FIFO (named pipe), which blocks whoever opens it. */
    Path fifo(String relative) {
        Path fifo = root.resolve(relative);
        try {
            Files.createDirectories(fifo.getParent());
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IllegalStateException("mkfifo failed for " + fifo);
            }
            return fifo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes a symbolic link at {@code relative} to {@code target} (absolute, or relative to the link). */
    Path link(String relative, Path target) {
        try {
            Path link = root.resolve(relative);
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a folder read-only, and checks that it is: by its mode, or, for root (whom modes do not stop), by the
     * immutable attribute. Where neither stops a write, the case cannot be made here and is aborted, not passed.
     */
    Path readOnly(String relative) {
        Path folder = root.resolve(relative);
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            cleanups.add(() -> Files.setPosixFilePermissions(folder,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
            if (isWritable(folder)) {
                if (new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor() == 0) {
                    cleanups.add(0, () -> new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor());
                }
            }
            org.junit.jupiter.api.Assumptions.assumeFalse(isWritable(folder),
                    "neither the folder's mode nor chattr +i makes a folder read-only here");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWritable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Undoes what would keep the sandbox from being deleted. */
    void cleanUp() throws Exception {
        for (Cleanup cleanup : cleanups) {
            cleanup.run();
        }
    }

    @FunctionalInterface
    private interface Cleanup {
        void run() throws Exception;
    }

    /** Every entry under {@code folder} with what it is: type, size and hash, or a link's target. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String what;
                if (attributes.isSymbolicLink()) {
                    what = "link to " + Files.readSymbolicLink(path);
                } else if (attributes.isRegularFile()) {
                    what = "file " + attributes.size() + " " + sha256(path) + " " + attributes.lastModifiedTime();
                } else if (attributes.isDirectory()) {
                    what = "folder";
                } else {
                    what = "other";
                }
                entries.put(folder.relativize(path).toString(), what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
