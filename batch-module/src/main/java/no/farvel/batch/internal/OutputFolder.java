package no.farvel.batch.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import no.farvel.core.validation.RecordIds;

/**
 * A run's output folder: the record folders in it and Farvel's own files at its top, reached only through
 * {@link SafeDir}, so that no link inside it is ever followed. The folder itself may be given through a link (that is
 * where the user wants the letters); inside it, a record folder or a manifest that is a link, a FIFO or anything
 * else unexpected is refused by name. Thread-safe.
 */
public final class OutputFolder implements AutoCloseable {
    private final SafeDir root;

    private OutputFolder(SafeDir root) {
        this.root = root;
    }

    /** Opens {@code dir}, making it (and its parents) when missing. */
    public static OutputFolder open(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new OutputFolder(SafeDir.open(dir.toRealPath()));
    }

    /** The folder, as a real path. */
    public Path path() {
        return root.path();
    }

    /** Where a record's files go, for messages and listings. */
    public Path recordPath(String id) {
        return root.path().resolve(id);
    }

    /**
     * The record's folder, made when missing. Close it after use.
     *
     * @throws IOException naming the folder when the id is no plain folder name, or the folder is a link, a file or
     *                     anything but a real folder
     */
    public SafeDir recordFolder(String id) throws IOException {
        requireFolderName(id);
        synchronized (root) {
            return root.createChild(id);
        }
    }

    /** The record's folder when it is there as a real folder; null when it is missing, a link or anything else. */
    public SafeDir existingRecordFolder(String id) throws IOException {
        if (!RecordIds.isValid(id)) {
            return null;
        }
        synchronized (root) {
            BasicFileAttributes attributes = root.attributes(id);
            return attributes == null || !attributes.isDirectory() || attributes.isSymbolicLink() ? null
                    : root.child(id);
        }
    }

    /**
     * Replaces the file {@code name} at the top of the folder with a new, empty one in one step, and returns it open
     * for writing. What was there is never opened: a link is refused by name, and so is a FIFO or a folder.
     */
    public FileChannel replaceWithEmpty(String name) throws IOException {
        synchronized (root) {
            refuseUnlessRegularOrMissing(name);
            String temporary = "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + AtomicFiles.TEMPORARY_SUFFIX;
            FileChannel channel;
            try {
                channel = root.create(temporary);
            } catch (FileSystemException e) {
                throw new FileSystemException(root.path().toString(), null, "cannot be written ("
                        + (e instanceof AccessDeniedException ? "permission denied" : e.getReason()) + ")");
            }
            try {
                root.rename(temporary, name);
            } catch (IOException | RuntimeException e) {
                channel.close();
                root.delete(temporary);
                throw e;
            }
            root.sync();
            return channel;
        }
    }

    /** The file {@code name} at the top, opened for reading; null when missing; a link or FIFO is refused by name. */
    public FileChannel readIfPresent(String name) throws IOException {
        synchronized (root) {
            if (!refuseUnlessRegularOrMissing(name)) {
                return null;
            }
            return root.read(name);
        }
    }

    /** True when {@code name} is a regular file, false when it is missing; otherwise refuses it by name. */
    private boolean refuseUnlessRegularOrMissing(String name) throws IOException {
        BasicFileAttributes attributes = root.attributes(name);
        if (attributes != null && !attributes.isRegularFile()) {
            throw new SafeDir.RefusedEntryException(root.path().resolve(name),
                    SafeDir.kind(attributes) + ", not a regular file");
        }
        return attributes != null;
    }

    private static void requireFolderName(String id) throws IOException {
        if (id == null || !RecordIds.isValid(id)) {
            throw new IOException("'" + id + "' is not a folder name Farvel writes: " + (id == null ? "it is missing"
                    : RecordIds.problem(id).orElse("")));
        }
    }

    @Override
    public void close() throws IOException {
        root.close();
    }
}
