package no.farvel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.RecordChecks;
import no.farvel.batch.SeenIds;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.ProviderFile;
import no.farvel.batch.input.RecordSource;
import no.farvel.core.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel validate}: every record read and checked against the input contract, nothing written. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads and validates every record of each INPUT and prints what is wrong, one line each.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Records: .json, .jsonl, .csv or .xlsx.")
    List<Path> inputs;

    @Option(names = "--provider", paramLabel = "FILE",
            description = "A JSON file with the provider, for records that name none.")
    Path providerFile;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchLimits limits = limitOptions.limits();
        Provider provider = providerFile == null ? null : ProviderFile.read(providerFile);
        int records = 0;
        int invalid = 0;
        for (Path input : inputs) {
            SeenIds seen = new SeenIds();
            try (RecordSource source = RecordSource.open(input, provider, limits)) {
                for (InputRecord record : source) {
                    records++;
                    List<String> lines = RecordChecks.listed(RecordChecks.beforeRendering(record, seen),
                            limits.maxProblemsPerRecord(), false).stream().map(p -> p.describe(record.id())).toList();
                    if (!lines.isEmpty()) {
                        invalid++;
                        lines.forEach(err::println);
                        err.flush();
                    }
                }
            }
        }
        out.println(records + (records == 1 ? " record, " : " records, ") + (records - invalid) + " valid, "
                + invalid + " invalid");
        out.flush();
        return invalid == 0 ? 0 : FarvelCommand.FAILED;
    }
}
