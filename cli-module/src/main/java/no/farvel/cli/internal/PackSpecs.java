package no.farvel.cli.internal;

import no.farvel.core.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackCoordinates;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.pack.ResolvedPack;

/** Turns a {@code --pack SPEC} into a template pack. */
public final class PackSpecs {
    private PackSpecs() {
    }

    /**
     * The pack a spec names: {@code default}, a folder, a {@code .jar} or {@code .zip}, or Maven coordinates
     * {@code groupId:artifactId:version}; null stays null (the built-in pack). The version a range picked is printed
     * to {@code err}.
     *
     * @throws IllegalArgumentException when the spec is none of these, a mistake in the command line
     */
    public static TemplatePack load(String spec, PackOptions options, PrintWriter err) throws IOException {
        if (spec == null) {
            return null;
        }
        boolean named = spec.equals("default") || spec.startsWith("classpath:") || spec.split(":").length >= 3;
        if (!named && !Files.exists(Path.of(spec))) {
            throw new IllegalArgumentException("Invalid value for option '--pack': '" + spec + "' is not there: give "
                    + "a folder, a .jar or .zip file, 'default', or Maven coordinates groupId:artifactId:version");
        }
        if (PackCoordinates.looksLikeCoordinates(spec) && !Files.exists(Path.of(spec))
                && PackCoordinates.parse(spec).isRange()) {
            ResolvedPack resolved = Packs.resolve(spec, options);
            err.println(rangeResolved(resolved));
            err.flush();
            return Packs.load(resolved.file().toString(), options);
        }
        return Packs.load(spec, options);
    }

    /** The line that says which version a range took: {@code Pack no.acme:letters:[1.0,2.0) is version 1.5}. */
    public static String rangeResolved(ResolvedPack resolved) {
        return "Pack " + Printable.escape(resolved.requested().toString()) + " is version "
                + Printable.escape(resolved.version());
    }
}
