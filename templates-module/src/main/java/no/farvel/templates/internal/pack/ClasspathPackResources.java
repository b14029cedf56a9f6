package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** A pack that lives on the classpath under a base folder, such as the built-in default pack. */
public final class ClasspathPackResources implements PackResources {
    private final String name;
    private final String base;
    private final ClassLoader loader;
    private final PackFiles files;

    /** Farvel's built-in pack, named {@code default}, within the default limits. */
    public static ClasspathPackResources builtIn() {
        return new ClasspathPackResources("default", "no/farvel/templates/packs/default",
                ClasspathPackResources.class.getClassLoader(), PackLimits.defaults());
    }

    public ClasspathPackResources(String name, String base, ClassLoader loader, PackLimits limits) {
        this.name = name;
        this.base = base.endsWith("/") ? base : base + "/";
        this.loader = loader;
        this.files = new PackFiles(name, limits);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] read(String path) throws IOException {
        PackPaths.requireInside(name, path);
        try (InputStream in = loader.getResourceAsStream(base + path)) {
            if (in == null) {
                throw new RenderException("Pack '" + name + "': file '" + path + "' not found");
            }
            return files.read(path, in);
        }
    }
}
