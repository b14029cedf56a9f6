package no.farvel.batch.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystemException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One folder, worked on by the names of its entries without ever following a symbolic link: an entry is looked at
 * with {@code lstat} before it is opened, files are created new, renamed and unlinked in place. Where the platform
 * has them (Linux) every operation goes through the open folder itself ({@link SecureDirectoryStream}), so the
 * folder cannot be swapped for a link half-way; elsewhere the same checks are made on paths.
 *
 * <p>One race is left: a FIFO put in place of an entry between its check and its opening would make the opening
 * wait. Java cannot open without blocking, and the window is microseconds for someone who can already write in
 * the folder.
 */
public abstract class SafeDir implements Closeable {
    private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> READ = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path path;

    SafeDir(Path path) {
        this.path = path;
    }

    /**
     * Opens a folder that must be a real folder, not a link to one.
     *
     * @throws RefusedEntryException naming the folder when it is a link, a file or anything else
     */
    public static SafeDir open(Path folder) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        refuseUnlessFolder(folder, attributes);
        DirectoryStream<Path> stream = Files.newDirectoryStream(folder);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return new Secure(folder, secure);
        }
        stream.close();
        return new Paths(folder);
    }

    /** The same checks made on paths, as on platforms without secure directory streams; for tests. */
    static SafeDir byPath(Path folder) throws IOException {
        refuseUnlessFolder(folder, Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        return new Paths(folder);
    }

    /** Where this folder is. */
    public Path path() {
        return path;
    }

    /** The entry's own attributes (a link is reported as a link), or null when there is no such entry. */
    public abstract BasicFileAttributes attributes(String name) throws IOException;

    /** Creates a new regular file; fails when anything of that name is there. */
    public abstract FileChannel create(String name) throws IOException;

    /** Renames an entry, replacing whatever is at {@code to} (a link there is replaced, never followed). */
    public abstract void rename(String from, String to) throws IOException;

    /** Removes a file or link (never what a link points to); nothing when there is no such entry. */
    public abstract void delete(String name) throws IOException;

    /** The names of the folder's entries. */
    public abstract List<String> names() throws IOException;

    /** Makes the folder's entries durable; skipped where a folder cannot be synced. */
    public abstract void sync();

    /** Opens a sub-folder, which must be a real folder. */
    public abstract SafeDir child(String name) throws IOException;

    /** Opens a regular file for reading; refuses a link, a FIFO or anything else by name. */
    public FileChannel read(String name) throws IOException {
        BasicFileAttributes attributes = attributes(name);
        if (attributes == null) {
            throw new NoSuchFileException(path.resolve(name).toString());
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedEntryException(path.resolve(name), kind(attributes) + ", not a regular file");
        }
        return openForReading(name);
    }

    abstract FileChannel openForReading(String name) throws IOException;

    /** Makes a sub-folder unless there is one; refuses a link or file of that name. */
    public SafeDir createChild(String name) throws IOException {
        if (attributes(name) == null) {
            try {
                // mkdir never follows a link at its last step, so a link put here in the meantime makes it fail.
                Files.createDirectory(path.resolve(name));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Made by someone else in the meantime; what it is, is checked next.
            }
        }
        return child(name);
    }

    static void refuseUnlessFolder(Path folder, BasicFileAttributes attributes) throws RefusedEntryException {
        if (!attributes.isDirectory() || attributes.isSymbolicLink()) {
            throw new RefusedEntryException(folder, kind(attributes) + ", not a folder");
        }
    }

    /** "is a symbolic link", "is a regular file", … for messages. */
    static String kind(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "is a symbolic link";
        }
        if (attributes.isRegularFile()) {
            return "is a regular file";
        }
        if (attributes.isDirectory()) {
            return "is a folder";
        }
        return "is a FIFO, socket or device";
    }

    /** A path that is not what Farvel may work with: a link, or a file where a folder belongs, or the reverse. */
    public static final class RefusedEntryException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        RefusedEntryException(Path path, String reason) {
            super(path.toString(), null, reason + (reason.startsWith("is a symbolic link")
                    ? "; Farvel does not follow links out of the output folder, so remove the link" : ""));
        }

        /** "out/acme: is a symbolic link, not a folder; Farvel does not follow links …". */
        @Override
        public String getMessage() {
            return getFile() + ": " + getReason();
        }
    }

    /** Through the open folder: immune to the folder being swapped for a link while it is used. */
    private static final class Secure extends SafeDir {
        private final SecureDirectoryStream<Path> folder;

        Secure(Path path, SecureDirectoryStream<Path> folder) {
            super(path);
            this.folder = folder;
        }

        @Override
        public BasicFileAttributes attributes(String name) throws IOException {
            try {
                return folder.getFileAttributeView(Path.of(name), BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        @Override
        public FileChannel create(String name) throws IOException {
            return (FileChannel) folder.newByteChannel(Path.of(name), CREATE);
        }

        @Override
        FileChannel openForReading(String name) throws IOException {
            return (FileChannel) folder.newByteChannel(Path.of(name), READ);
        }

        @Override
        public void rename(String from, String to) throws IOException {
            folder.move(Path.of(from), folder, Path.of(to));
        }

        @Override
        public void delete(String name) throws IOException {
            try {
                folder.deleteFile(Path.of(name));
            } catch (NoSuchFileException e) {
                // Already gone.
            }
        }

        @Override
        public List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            try (SecureDirectoryStream<Path> again = folder.newDirectoryStream(Path.of("."),
                    LinkOption.NOFOLLOW_LINKS)) {
                for (Path entry : again) {
                    names.add(entry.getFileName().toString());
                }
            }
            return names;
        }

        @Override
        public void sync() {
            try (FileChannel self = (FileChannel) folder.newByteChannel(Path.of("."), READ)) {
                self.force(true);
            } catch (IOException | RuntimeException e) {
                // Not every file system lets a folder be synced; the files themselves are on disk already.
            }
        }

        @Override
        public SafeDir child(String name) throws IOException {
            Path childPath = path().resolve(name);
            BasicFileAttributes attributes = attributes(name);
            if (attributes == null) {
                throw new NoSuchFileException(childPath.toString());
            }
            refuseUnlessFolder(childPath, attributes);
            return new Secure(childPath, folder.newDirectoryStream(Path.of(name), LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        public void close() throws IOException {
            folder.close();
        }
    }

    /** By path, for platforms without secure directory streams: the same checks, made just before each step. */
    private static final class Paths extends SafeDir {
        Paths(Path path) {
            super(path);
        }

        @Override
        public BasicFileAttributes attributes(String name) throws IOException {
            try {
                return Files.readAttributes(path().resolve(name), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        @Override
        public FileChannel create(String name) throws IOException {
            return FileChannel.open(checkedPath().resolve(name), CREATE);
        }

        @Override
        FileChannel openForReading(String name) throws IOException {
            return FileChannel.open(checkedPath().resolve(name), READ);
        }

        @Override
        public void rename(String from, String to) throws IOException {
            Path folder = checkedPath();
            Files.move(folder.resolve(from), folder.resolve(to), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void delete(String name) throws IOException {
            Files.deleteIfExists(checkedPath().resolve(name));
        }

        @Override
        public List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(checkedPath())) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
            return names;
        }

        @Override
        public void sync() {
            try (FileChannel self = FileChannel.open(checkedPath(), StandardOpenOption.READ)) {
                self.force(true);
            } catch (IOException | RuntimeException e) {
                // Not every platform lets a folder be opened for syncing.
            }
        }

        @Override
        public SafeDir child(String name) throws IOException {
            return SafeDir.open(checkedPath().resolve(name));
        }

        /** The folder's path, after checking that it is still a folder and not a link. */
        private Path checkedPath() throws IOException {
            refuseUnlessFolder(path(), Files.readAttributes(path(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS));
            return path();
        }

        @Override
        public void close() {
            // Nothing is held open.
        }
    }
}
