package no.farvel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.farvel.batch.BatchListener;
import no.farvel.batch.BatchRequest;
import no.farvel.batch.BatchResult;
import no.farvel.batch.BatchRunner;
import no.farvel.batch.RecordOutcome;
import no.farvel.batch.WrittenFile;
import no.farvel.core.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel render}: the letter for one termination document. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes the letter for FILE.json into DIR/<id>/ and prints the files written.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A termination document (.json).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the letter.")
    Path out;

    @Mixin
    LetterOptions letters;

    @Override
    public Integer call() throws Exception {
        BatchRequest.Builder request = BatchRequest.builder(file, out).jobs(1);
        letters.apply(request, spec.commandLine().getErr());
        return runOne(request.build(), out, spec);
    }

    /**
     * Runs a one-document request, printing each failure line to stderr as it comes and then every file written,
     * one path a line; returns the exit code.
     */
    static int runOne(BatchRequest request, Path out, CommandSpec spec) throws IOException {
        var err = spec.commandLine().getErr();
        BatchResult result = new BatchRunner().run(request, new BatchListener() {
            @Override
            public void recordFinished(RecordOutcome outcome) {
                outcome.errorLines().forEach(err::println);
                err.flush();
            }
        });
        for (RecordOutcome outcome : result.outcomes()) {
            for (WrittenFile written : outcome.files()) {
                spec.commandLine().getOut().println(Printable.escape(out.resolve(outcome.id()).resolve(written.name())
                        .toString()));
            }
        }
        spec.commandLine().getOut().flush();
        return result.isSuccess() ? 0 : FarvelCommand.FAILED;
    }
}
