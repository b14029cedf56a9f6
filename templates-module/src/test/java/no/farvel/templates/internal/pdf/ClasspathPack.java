package no.farvel.templates.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/** The built-in default pack read from the classpath, plus files a test adds in memory (such as a logo). */
final class ClasspathPack implements PackResources {
    static final String ROOT = "no/farvel/templates/packs/default/";
    static final RenderContext.FontFamily LIBERATION_SANS = new RenderContext.FontFamily("Liberation Sans",
            "fonts/LiberationSans-Regular.ttf", "fonts/LiberationSans-Bold.ttf",
            "fonts/LiberationSans-Italic.ttf", "fonts/LiberationSans-BoldItalic.ttf");

    private final Map<String, byte[]> extra = new HashMap<>();

    /** This pack with {@code bytes} at {@code path}. */
    ClasspathPack with(String path, byte[] bytes) {
        extra.put(path, bytes);
        return this;
    }

    /** A render context on this pack with Liberation Sans and a dark blue accent. */
    RenderContext context() {
        return new RenderContext(this, LIBERATION_SANS, "#1f3a5f");
    }

    @Override
    public String name() {
        return "default";
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (extra.containsKey(path)) {
            return extra.get(path);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new RenderException("The file '" + path + "' is missing from pack 'default'.");
            }
            return in.readAllBytes();
        }
    }
}
