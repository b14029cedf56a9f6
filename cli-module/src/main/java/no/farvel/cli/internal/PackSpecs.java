package no.farvel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.Packs;

/** Turns a {@code --pack SPEC} into a template pack. */
public final class PackSpecs {
    private PackSpecs() {
    }

    /**
     * The pack a spec names: {@code default}, a folder, a {@code .jar} or {@code .zip}, or Maven coordinates
     * {@code groupId:artifactId:version}; null stays null (the built-in pack).
     *
     * @throws IllegalArgumentException when the spec is none of these, a mistake in the command line
     */
    public static TemplatePack load(String spec) throws IOException {
        if (spec == null) {
            return null;
        }
        boolean named = spec.equals("default") || spec.startsWith("classpath:") || spec.split(":").length >= 3;
        if (!named && !Files.exists(Path.of(spec))) {
            throw new IllegalArgumentException("Invalid value for option '--pack': '" + spec + "' is not there: give "
                    + "a folder, a .jar or .zip file, 'default', or Maven coordinates groupId:artifactId:version");
        }
        return Packs.load(spec, PackOptions.defaults());
    }
}
