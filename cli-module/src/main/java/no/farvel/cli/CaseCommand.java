package no.farvel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.farvel.batch.BatchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel case}: the internal case file of one termination document. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Writes the case file for FILE.json into DIR/<id>/case/ and prints the files written:",
                "the internal decision memo (PDF and DOCX), the follow-up calendar (.ics), the replies to push-back",
                "and the debrief agenda (DOCX). Add --formats to write the letter beside it."})
final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A termination document (.json).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the case file.")
    Path out;

    @Mixin
    LetterOptions letters;

    @Override
    public Integer call() throws Exception {
        BatchRequest.Builder request = BatchRequest.builder(file, out).jobs(1).caseFile(true);
        if (letters.formats == null) {
            request.formats(List.of());
        }
        letters.apply(request, spec.commandLine().getErr());
        return RenderCommand.runOne(request.build(), out, spec);
    }
}
