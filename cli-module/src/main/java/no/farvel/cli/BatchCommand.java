package no.farvel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.farvel.batch.BatchRequest;
import no.farvel.batch.BatchResult;
import no.farvel.batch.BatchRunner;
import no.farvel.cli.internal.Progress;
import no.farvel.core.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code farvel batch}: the letters for every record of an input. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Writes the letters for every record of INPUT: OUT/<id>/letter.* and OUT/manifest.jsonl.",
                "A bad record is reported and skipped; the others are still written."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "The records: .json, .jsonl, .csv or .xlsx.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the letters.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Letters rendered at once (default: one per processor).")
    Integer jobs;

    @Option(names = "--resume",
            description = "Leave alone the records whose files the manifest records intact; do the rest.")
    boolean resume;

    @Option(names = "--case",
            description = "Write each record's internal case file to OUT/<id>/case/ too: memo, calendar, replies, debrief.")
    boolean caseFile;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10", hidden = true,
            description = "Seconds between progress lines when not on a terminal.")
    int progressInterval;

    @Mixin
    LetterOptions letters;

    @Override
    public Integer call() throws Exception {
        if (jobs != null && jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--jobs': '" + jobs + "' is not a number of workers; use 1 or more");
        }
        // The outcomes are told to the progress line as they end and the manifest lists them; kept in the result as well,
        // they would grow the heap by some hundreds of bytes a record (a million records: hundreds of megabytes).
        BatchRequest.Builder request = BatchRequest.builder(input, out).resume(resume).caseFile(caseFile)
                .keepOutcomes(false);
        if (jobs != null) {
            request.jobs(jobs);
        }
        letters.apply(request, spec.commandLine().getErr());
        BatchResult result;
        try (Progress progress = Progress.create(spec.commandLine().getErr(), System.console() != null,
                progressInterval)) {
            result = new BatchRunner().run(request.build(), progress);
        }
        int warned = result.warned();
        spec.commandLine().getOut().println(Printable.escape(result.summary() + "; letters in " + out
                + (warned == 0 ? "" : "; " + warned + (warned == 1 ? " letter has" : " letters have")
                + " warnings, listed in " + out.resolve(no.farvel.batch.Manifest.FILE_NAME))));
        spec.commandLine().getOut().flush();
        return result.isSuccess() ? 0 : FarvelCommand.FAILED;
    }
}
