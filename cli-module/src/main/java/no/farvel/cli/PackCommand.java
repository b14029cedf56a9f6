package no.farvel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.farvel.templates.pack.PackInfo;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel pack list | verify | fetch}: template packs. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Lists, verifies, fetches and makes template packs.",
        subcommands = {PackCommand.ListPacks.class, PackCommand.Verify.class, PackCommand.Fetch.class,
            NewPackCommand.class})
final class PackCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of list, verify, fetch, new");
    }

    /** Where Maven-published packs come from. */
    static final class RepositoryOptions {
        @Option(names = {"--repo", "--repository"}, paramLabel = "URL",
                description = "A Maven repository to fetch from, instead of Maven Central; may be repeated.")
        List<String> repositories;

        @Option(names = "--local-repository", paramLabel = "DIR",
                description = "The local Maven repository (default: the one Maven uses).")
        Path localRepository;

        @Option(names = "--offline", description = "Use only the local Maven repository.")
        boolean offline;

        PackOptions options() {
            PackOptions options = PackOptions.defaults().withOffline(offline);
            if (repositories != null && !repositories.isEmpty()) {
                options = options.withRemoteRepositories(repositories);
            }
            return localRepository == null ? options : options.withLocalRepository(localRepository);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the built-in pack and the packs (folders, .jar, .zip) in DIR.")
    static final class ListPacks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "packs",
                description = "A folder of packs (default: ${DEFAULT-VALUE}).")
        Path directory;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (PackInfo info : Packs.list(directory)) {
                if (info.problem().isEmpty()) {
                    out.println(info.source() + "  " + info.name() + " " + info.version() + "  ["
                            + String.join(", ", info.locales()) + "]" + (info.description().isEmpty() ? ""
                            : "  " + info.description()));
                } else {
                    out.println(info.source() + "  cannot be read: " + info.problem());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verifies a pack as a whole: every template parses, every locale has every message, the "
                    + "pack's samples render in every locale.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACK", description = "'default', a folder, a .jar or .zip, or Maven coordinates.")
        String pack;

        @picocli.CommandLine.Mixin
        RepositoryOptions repository = new RepositoryOptions();

        @Override
        public Integer call() throws Exception {
            PackReport report = PackVerifier.verify(Packs.open(pack, repository.options()));
            (report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(report);
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return report.ok() ? 0 : FarvelCommand.FAILED;
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Fetches a pack published to a Maven repository into the local one and prints its file.")
    static final class Fetch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "G:A:V", description = "Maven coordinates, such as no.acme:letters:1.2.0.")
        String coordinates;

        @picocli.CommandLine.Mixin
        RepositoryOptions repository = new RepositoryOptions();

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Packs.fetch(coordinates, repository.options()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
