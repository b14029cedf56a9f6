package no.farvel.templates.testing;

import java.io.IOException;
import java.io.InputStream;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** Test pack resources read from a classpath folder, such as {@code testpack} or the built-in default pack. */
public record ClasspathPack(String root) implements PackResources {
    /** The built-in default pack's folder on the classpath. */
    public static final String DEFAULT = "no/farvel/templates/packs/default";
    /** The test pack under src/test/resources, which has an {@code images/logo.png}. */
    public static final String TEST = "testpack";

    @Override
    public String name() {
        return root;
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new RenderException("The path '" + path + "' leaves template pack '" + root
                + "'; use a relative path inside the pack such as images/logo.png");
        }
        try (InputStream in = ClasspathPack.class.getClassLoader().getResourceAsStream(root + "/" + path)) {
            if (in == null) {
                throw new RenderException("Template pack '" + root + "' has no file '" + path
                    + "'; add it to the pack or correct the reference");
            }
            return in.readAllBytes();
        }
    }
}
