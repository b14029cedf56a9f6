package no.farvel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.farvel.cli.internal.sample.SampleGenerator;
import no.farvel.cli.internal.sample.SampleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code farvel sample}: realistic synthetic records to try Farvel on. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Writes realistic synthetic records: bokmål, nynorsk and English, 0-40 final invoices, every "
                + "reason type. The same --seed gives the same records.",
                "FILE.csv also writes reasons.csv, steps.csv, invoices.csv and refunds.csv beside it; FILE.xlsx "
                        + "holds them as sheets."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "12", paramLabel = "N",
            description = "How many records (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write them: .jsonl, .json, .csv or .xlsx.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "Seed for the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--without-provider",
            description = "Leave the provider out of every record, to give it with --provider FILE instead.")
    boolean withoutProvider;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--count': '" + count + "' is negative; use 0 or more");
        }
        List<Path> written = SampleWriter.write(new SampleGenerator(seed, !withoutProvider), count, out,
                !withoutProvider);
        for (Path file : written) {
            spec.commandLine().getOut().println(file);
        }
        spec.commandLine().getOut().println(count + (count == 1 ? " record" : " records"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
