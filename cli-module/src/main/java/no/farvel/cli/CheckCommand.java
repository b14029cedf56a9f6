package no.farvel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.Problem;
import no.farvel.batch.SeenIds;
import no.farvel.batch.GuideFindings;
import no.farvel.batch.RecordChecks;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.ProviderFile;
import no.farvel.batch.input.RecordSource;
import no.farvel.cli.internal.PackSpecs;
import no.farvel.core.Provider;
import no.farvel.core.guide.Finding;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel check}: the guide check, on the data and on the letter it renders to. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs the guide check on every record of each INPUT: is the letter complete, polite and "
                + "factual? Checks the data and the rendered letter; writes nothing.",
                "Errors stop a letter in batch; warnings are for a person to look at."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Records: .json, .jsonl, .csv or .xlsx.")
    List<Path> inputs;

    @Option(names = "--provider", paramLabel = "FILE",
            description = "A JSON file with the provider, for records that name none.")
    Path providerFile;

    @Option(names = "--pack", paramLabel = "SPEC", description = "The template pack the letters are rendered with.")
    String pack;

    @Mixin
    PackSourceOptions packSource = new PackSourceOptions();
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchLimits limits = limitOptions.limits();
        Provider provider = providerFile == null ? null : ProviderFile.read(providerFile);
        Farvel.Builder builder = Farvel.builder().allowFindings();
        TemplatePack templatePack = PackSpecs.load(pack, packSource.options(), err);
        if (templatePack != null) {
            builder.pack(templatePack);
        }
        Farvel farvel = builder.build();
        int records = 0;
        int failing = 0;
        int warned = 0;
        for (Path input : inputs) {
            SeenIds seen = new SeenIds();
            try (RecordSource source = RecordSource.open(input, provider, limits)) {
                for (InputRecord record : source) {
                    records++;
                    List<Problem> errors = new ArrayList<>();
                    List<Problem> warnings = new ArrayList<>();
                    check(record, seen, farvel, errors, warnings);
                    failing += errors.isEmpty() ? 0 : 1;
                    warned += errors.isEmpty() && !warnings.isEmpty() ? 1 : 0;
                    int max = limits.maxProblemsPerRecord();
                    RecordChecks.listed(errors, max, false).forEach(p -> err.println(p.describe(record.id())));
                    RecordChecks.listed(warnings, max, true).forEach(p -> err.println(p.describe(record.id())));
                    err.flush();
                }
            }
        }
        out.println(records + (records == 1 ? " record: " : " records: ") + (records - failing - warned) + " pass, "
                + warned + " with warnings, " + failing + " fail");
        out.flush();
        return failing == 0 ? 0 : FarvelCommand.FAILED;
    }

    /**
     * The record's errors and warnings. A letter that cannot be rendered or checked (even for lack of stack or
     * memory) is that record's error, and the next record is checked all the same.
     */
    private static void check(InputRecord record, SeenIds seen, Farvel farvel, List<Problem> errors,
                              List<Problem> warnings) {
        List<Problem> contract = RecordChecks.beforeRendering(record, seen);
        errors.addAll(contract);
        if (RecordChecks.isUnusable(contract)) {
            return;
        }
        try {
            checkLetter(record, farvel, errors, warnings);
        } catch (Throwable e) {
            Problem problem = RecordChecks.cannotRender(record, e);
            if (problem == null) {
                throw e;
            }
            errors.add(problem);
        }
    }

    private static void checkLetter(InputRecord record, Farvel farvel, List<Problem> errors, List<Problem> warnings) {
        RenderedLetter letter = errors.isEmpty() ? farvel.render(record.termination()) : null;
        List<Finding> findings = GuideFindings.check(farvel, record.termination(), letter);
        errors.addAll(GuideFindings.problems(record, findings, true));
        warnings.addAll(GuideFindings.problems(record, findings, false));
    }
}
