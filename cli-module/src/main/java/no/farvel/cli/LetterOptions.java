package no.farvel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import no.farvel.batch.BatchRequest;
import no.farvel.batch.BatchRunner;
import no.farvel.batch.input.ProviderFile;
import no.farvel.cli.internal.PackSpecs;
import no.farvel.core.json.TerminationReadException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that writes letters shares. */
final class LetterOptions {
    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Files to write per record, comma-separated, from: ${COMPLETION-CANDIDATES} "
                    + "(default: pdf, docx and eml).",
            completionCandidates = Formats.class)
    List<String> formats;

    @Option(names = "--pack", paramLabel = "SPEC",
            description = "The template pack: 'default', a folder, a .jar or .zip, or Maven coordinates G:A:V.")
    String pack;

    @Mixin
    PackSourceOptions packSource = new PackSourceOptions();

    @Option(names = "--provider", paramLabel = "FILE",
            description = "A JSON file with the provider, for records that name none.")
    Path provider;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--allow-findings",
            description = "Write letters even when the guide check finds errors in them (they are listed all the same).")
    boolean allowFindings;

    /** Applies the options to a batch request; the version a pack's version range picked is printed to {@code err}. */
    BatchRequest.Builder apply(BatchRequest.Builder request, PrintWriter err)
            throws IOException, TerminationReadException {
        if (formats != null && !formats.isEmpty()) {
            request.formats(formats);
        }
        if (provider != null) {
            request.provider(ProviderFile.read(provider));
        }
        return request.pack(PackSpecs.load(pack, packSource.options(), err)).allowFindings(allowFindings)
                .limits(limits.limits());
    }

    /** The formats a batch can write, for help and completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BatchRunner.availableFormats().iterator();
        }
    }
}
