package no.farvel.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.farvel.batch.GuideFindings;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.OutputWriter;
import no.farvel.batch.Problem;
import no.farvel.batch.RecordChecks;
import no.farvel.batch.RecordOutcome;
import no.farvel.batch.RecordOutcome.Status;
import no.farvel.batch.WrittenFile;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/**
 * Does one record's work: validate, run the guide check on the data and the rendered text, write its files and its
 * manifest line. Thread-safe.
 */
public final class RecordJob {
    private final Farvel farvel;
    private final Path outDir;
    private final List<String> formats;
    private final boolean allowFindings;
    private final Manifest manifest;
    private volatile IOException fatal;

    public RecordJob(Farvel farvel, Path outDir, List<String> formats, boolean allowFindings, Manifest manifest) {
        this.farvel = farvel;
        this.outDir = outDir;
        this.formats = List.copyOf(formats);
        this.allowFindings = allowFindings;
        this.manifest = manifest;
    }

    public static List<String> defaultFormats() {
        return LetterFormats.defaults();
    }

    public static List<String> availableFormats() {
        return LetterFormats.available();
    }

    /** The manifest could not be written: the run must stop being trusted. */
    public IOException fatal() {
        return fatal;
    }

    /** A record whose files an earlier run wrote and the manifest vouches for. */
    public static RecordOutcome skipped(InputRecord record, ManifestEntry entry) {
        return new RecordOutcome(record.index(), record.location(), record.id(), Status.SKIPPED, entry.files(),
                List.of(), List.of());
    }

    /** A record that could not be read. */
    public RecordOutcome unreadable(InputRecord record) {
        return fail(record, List.of(), List.of(RecordChecks.unreadable(record)), List.of());
    }

    /** A record whose id an earlier record of the same input already has. */
    public RecordOutcome duplicate(InputRecord record, String firstSeen) {
        return fail(record, List.of(), List.of(RecordChecks.duplicate(record, firstSeen)), List.of());
    }

    /** Validates, checks, renders and writes one record; never throws for a bad record. */
    public RecordOutcome run(InputRecord record) {
        Termination termination = record.termination();
        List<Problem> problems = RecordChecks.violations(record);
        if (!problems.isEmpty()) {
            return fail(record, List.of(), problems, List.of());
        }
        Path folder = outDir.resolve(termination.id()).normalize();
        if (!folder.getParent().equals(outDir)) {
            return fail(record, List.of(), List.of(new Problem(record.locate("id"), "id", "INVALID_ID", "'"
                    + termination.id() + "' cannot be a folder name inside " + outDir)), List.of());
        }
        List<WrittenFile> files = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        try {
            RenderedLetter letter = farvel.render(termination);
            List<Finding> findings = GuideFindings.check(farvel, termination, letter);
            List<Problem> errors = GuideFindings.problems(record, findings, true);
            warnings.addAll(GuideFindings.problems(record, findings, false));
            if (allowFindings) {
                warnings.addAll(0, errors);
            } else if (!errors.isEmpty()) {
                withdrawLettersOtherThan(folder, Set.of());
                return fail(record, List.of(), errors, warnings);
            }
            OutputWriter.removeTemporaryFiles(folder);
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (String format : formats) {
                String missing = format.equals(LetterFormats.EML) ? LetterFormats.missingForEmail(termination) : null;
                if (missing != null) {
                    warnings.add(new Problem(record.locate(missing), missing, "NO_EMAIL", "warning: is missing, so "
                            + "no letter.eml was written; add it to send the letter by e-mail, or send the PDF by post"));
                    continue;
                }
                contents.put("letter." + format, LetterFormats.write(letter, termination, format));
            }
            files.addAll(OutputWriter.writeAll(folder, contents));
            withdrawLettersOtherThan(folder, contents.keySet());
        } catch (IOException e) {
            return fail(record, files, List.of(new Problem(record.location(), "", "WRITE",
                    "could not be written to " + folder + ": " + e.getMessage())), List.of());
        } catch (RuntimeException e) {
            return fail(record, files, List.of(new Problem(record.location(), "", "RENDER",
                    "could not be rendered: " + e.getMessage())), List.of());
        }
        RecordOutcome outcome = new RecordOutcome(record.index(), record.location(), record.id(), Status.OK, files,
                List.of(), warnings);
        appendToManifest(new ManifestEntry(record.id(), ManifestEntry.OK, record.location(), files, List.of(),
                warnings, null));
        return outcome;
    }

    /**
     * Deletes the letters an earlier run left in {@code folder} that this run did not write, so the folder holds what
     * the manifest lists and {@code farvel send} cannot deliver a letter whose record has changed or now fails.
     */
    private static void withdrawLettersOtherThan(Path folder, Set<String> written) throws IOException {
        for (String format : LetterFormats.available()) {
            String name = "letter." + format;
            if (!written.contains(name)) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    private RecordOutcome fail(InputRecord record, List<WrittenFile> files, List<Problem> problems,
                               List<Problem> warnings) {
        boolean fieldProblems = problems.stream().noneMatch(p -> isRecordError(p.code()));
        String error = fieldProblems ? null : problems.stream().map(p -> p.describe(record.id()))
                .reduce((a, b) -> a + "; " + b).orElse(null);
        appendToManifest(new ManifestEntry(record.id(), ManifestEntry.FAILED, record.location(), files,
                fieldProblems ? problems : List.of(), warnings, error));
        return new RecordOutcome(record.index(), record.location(), record.id(), Status.FAILED, files, problems,
                warnings);
    }

    private static boolean isRecordError(String code) {
        return code.equals("READ") || code.equals("DUPLICATE_ID") || code.equals("RENDER") || code.equals("WRITE");
    }

    private void appendToManifest(ManifestEntry entry) {
        try {
            manifest.append(entry);
        } catch (IOException e) {
            fatal = e;
        }
    }
}
