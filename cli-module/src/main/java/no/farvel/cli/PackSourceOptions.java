package no.farvel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.pack.PackOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where packs by Maven coordinates come from, what Farvel accepts from there, and the limits packs are held to. */
final class PackSourceOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"--repo", "--repository"}, paramLabel = "URL",
            description = "A Maven repository to fetch packs from, instead of Maven Central; may be repeated.")
    List<String> repositories;

    @Option(names = "--local-repository", paramLabel = "DIR",
            description = "The local Maven repository (default: the one Maven uses).")
    Path localRepository;

    @Option(names = "--offline", description = "Use only the local Maven repository.")
    boolean offline;

    @Option(names = "--allow-http",
            description = "Accept plain http:// Maven repositories and mirrors, where anyone on the way could replace "
                    + "a pack and its checksums alike (default: https only).")
    boolean allowHttp;

    @Option(names = "--allow-version-range",
            description = "Accept a version range such as [1.0,2.0) in Maven coordinates; the newest version inside "
                    + "is taken, and printed.")
    boolean allowVersionRange;

    @Option(names = "--pack-limit", paramLabel = "NAME=VALUE",
            description = "Change a limit packs are held to, such as templateTime=30s or fileSize=32MiB; may be "
                    + "repeated. Names: fileSize, textFileSize, packSize, archiveEntries, templateTime, "
                    + "templateOutput, templateNesting, templateMemory, markupDepth, imagePixels.")
    Map<String, String> limits;

    /** The pack options these command-line options describe; a bad limit is a usage error. */
    PackOptions options() {
        PackLimits packLimits = PackLimits.defaults();
        for (Map.Entry<String, String> limit : new TreeMap<>(limits == null ? Map.of() : limits).entrySet()) {
            try {
                packLimits = packLimits.with(limit.getKey(), limit.getValue());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ParameterException(command.commandLine(), "Invalid value for option '--pack-limit': "
                        + e.getMessage());
            }
        }
        PackOptions options = PackOptions.defaults().withOffline(offline).withInsecureRepositories(allowHttp)
                .withVersionRanges(allowVersionRange).withLimits(packLimits);
        if (repositories != null && !repositories.isEmpty()) {
            options = options.withRemoteRepositories(repositories);
        }
        return localRepository == null ? options : options.withLocalRepository(localRepository);
    }
}
