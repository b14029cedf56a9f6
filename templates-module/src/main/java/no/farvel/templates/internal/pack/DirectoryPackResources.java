package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** A pack in a folder on disk. Symbolic links that lead out of the folder are refused. */
public final class DirectoryPackResources implements PackResources {
    private final Path root;

    public DirectoryPackResources(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public byte[] read(String path) throws IOException {
        PackPaths.requireInside(name(), path);
        Path file = root.resolve(path);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw new RenderException("Pack '" + name() + "': '" + path + "' leads outside the pack");
            }
            return Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            throw new RenderException("Pack '" + name() + "': file '" + path + "' not found");
        }
    }
}
