package no.farvel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.templates.TemplatePack;

/** Turns a {@code --pack SPEC} into a template pack. */
public final class PackSpecs {
    private PackSpecs() {
    }

    /** The pack a spec names: {@code default}, or a folder holding {@code farvel-pack.json}; null stays null. */
    public static TemplatePack load(String spec) throws IOException {
        if (spec == null || spec.equals("default")) {
            return null;
        }
        Path folder = Path.of(spec);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Invalid value for option '--pack': '" + spec
                    + "' is not a folder holding farvel-pack.json");
        }
        return TemplatePack.fromDirectory(folder);
    }
}
