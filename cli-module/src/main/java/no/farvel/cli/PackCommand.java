package no.farvel.cli;


import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.farvel.cli.internal.PackSpecs;
import no.farvel.templates.pack.PackCoordinates;
import no.farvel.core.text.Printable;
import no.farvel.templates.pack.PackInfo;
import no.farvel.templates.pack.PackProblem;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.pack.ResolvedPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code farvel pack list | verify | fetch | new}: template packs. What a pack says about itself (name, description,
 * problems naming its files) is printed with control characters escaped.
 */
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
                // Names, versions and descriptions come from the packs: escaped, they cannot forge a line.
                if (info.problem().isEmpty()) {
                    out.println(Printable.escape(info.source()) + "  " + Printable.escape(info.name()) + " " + Printable.escape(info.version())
                            + "  [" + Printable.escape(String.join(", ", info.locales())) + "]"
                            + (info.description().isEmpty() ? "" : "  " + Printable.escape(info.description())));
                } else {
                    out.println(Printable.escape(info.source()) + "  cannot be read: " + Printable.escape(info.problem()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verifies a pack as a whole: every template parses and holds only what Farvel runs, every "
                    + "locale has every message, fonts and images are sound and within limits, the pack's samples "
                    + "render in every locale.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACK", description = "'default', a folder, a .jar or .zip, or Maven coordinates.")
        String pack;

        @Mixin
        PackSourceOptions packSource = new PackSourceOptions();

        @Override
        public Integer call() {
            PackReport report = PackVerifier.verify(pack, packSource.options());
            PrintWriter to = report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            to.println(Printable.escape(report.heading()));
            for (PackProblem problem : report.problems()) {
                to.println("  " + Printable.escape(problem.toString()));
            }
            to.flush();
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

        @Mixin
        PackSourceOptions packSource = new PackSourceOptions();

        @Override
        public Integer call() {
            ResolvedPack resolved = Packs.resolve(coordinates, packSource.options());
            if (PackCoordinates.parse(coordinates).isRange()) {
                spec.commandLine().getErr().println(PackSpecs.rangeResolved(resolved));
                spec.commandLine().getErr().flush();
            }
            spec.commandLine().getOut().println(Printable.escape(resolved.file().toString()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
