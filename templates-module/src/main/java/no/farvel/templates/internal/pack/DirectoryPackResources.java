package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * A pack in a folder on disk. Only regular files inside it are read: a symbolic link, a FIFO or a device is refused
 * before it is opened, and a file over the size limit before it is read.
 */
public final class DirectoryPackResources implements PackResources {
    private final Path root;
    private final PackFiles files;

    public DirectoryPackResources(Path root) throws IOException {
        this(root, PackLimits.defaults());
    }

    public DirectoryPackResources(Path root, PackLimits limits) throws IOException {
        this.root = root.toRealPath();
        this.files = new PackFiles(this.root.toString(), limits);
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public byte[] read(String path) throws IOException {
        PackPaths.requireInside(name(), path);
        Path file = root;
        String[] segments = path.split("/");
        BasicFileAttributes attributes = null;
        for (int i = 0; i < segments.length; i++) {
            file = file.resolve(segments[i]);
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                throw notFound(path);
            }
            String shown = i == segments.length - 1 ? "'" + path + "'"
                    : "'" + String.join("/", java.util.Arrays.copyOf(segments, i + 1)) + "' (on the way to '" + path
                    + "')";
            if (attributes.isSymbolicLink()) {
                throw notRegular(shown + " is a symbolic link");
            }
            if (i < segments.length - 1 && !attributes.isDirectory()) {
                throw notFound(path);
            }
        }
        if (attributes.isDirectory()) {
            throw new RenderException("Pack '" + name() + "': '" + path + "' is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw notRegular("'" + path + "' is not a regular file (it is a FIFO, a socket or a device)");
        }
        files.checkSize(path, attributes.size());
        // NOFOLLOW_LINKS again when opening: a link put in place after the check above is not followed either.
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            return files.read(path, in);
        } catch (NoSuchFileException e) {
            throw notFound(path);
        }
    }

    private RenderException notFound(String path) {
        return new RenderException("Pack '" + name() + "': file '" + path + "' not found");
    }

    private LimitExceededException notRegular(String what) {
        return new LimitExceededException("regularFiles", "Pack '" + name() + "': " + what
                + "; a pack may hold regular files only");
    }
}
