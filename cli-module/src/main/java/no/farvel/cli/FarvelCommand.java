package no.farvel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import no.farvel.cli.internal.Failure;
import no.farvel.core.text.Printable;
import no.farvel.templates.pack.PackNotFoundException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code farvel}: the command line on top of the Farvel library. */
@Command(name = "farvel", mixinStandardHelpOptions = true, versionProvider = FarvelCommand.Version.class,
        description = "Writes the letters that end a client relationship well: PDF, DOCX and e-mail, "
                + "in bokmål, nynorsk and English.",
        subcommands = {RenderCommand.class, BatchCommand.class, CaseCommand.class, ValidateCommand.class, CheckCommand.class,
                SendCommand.class, ServeCommand.class, PackCommand.class,
                SampleCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 all good, 1 some record failed, 2 usage error.",
                "Shell completion: source <(./farvel generate-completion)"})
public final class FarvelCommand implements Runnable {
    /** Exit code when some record failed or the work could not be done. */
    public static final int FAILED = 1;
    /** Exit code for a mistake in the command line. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an unexpected error.")
    boolean verbose;

    /** The command line with Farvel's error handling: a message a person can act on, a stack trace with --verbose. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FarvelCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Escaped: the message may quote a pack's or a server's words, which must not write to the terminal raw.
            cl.getErr().println("farvel: " + Printable.escape(Failure.describe(e)));
            if (isVerbose(parseResult)) {
                e.printStackTrace(cl.getErr());
            }
            cl.getErr().flush();
            // Exit code 2 for what the command line asked for wrongly, an input or a pack that is not there included.
            return e instanceof NoSuchFileException || e instanceof IllegalArgumentException
                    || e instanceof PackNotFoundException ? USAGE : FAILED;
        });
        return commandLine;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + " (farvel --help shows them all)");
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = FarvelCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"farvel " + properties.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
