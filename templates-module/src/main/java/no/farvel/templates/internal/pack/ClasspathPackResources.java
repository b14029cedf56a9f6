package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** A pack that lives on the classpath under a base folder, such as the built-in default pack. */
public final class ClasspathPackResources implements PackResources {
    private final String name;
    private final String base;
    private final ClassLoader loader;

    /** Farvel's built-in pack, named {@code default}. */
    public static ClasspathPackResources builtIn() {
        return new ClasspathPackResources("default", "no/farvel/templates/packs/default",
                ClasspathPackResources.class.getClassLoader());
    }

    public ClasspathPackResources(String name, String base, ClassLoader loader) {
        this.name = name;
        this.base = base.endsWith("/") ? base : base + "/";
        this.loader = loader;
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
            return in.readAllBytes();
        }
    }
}
