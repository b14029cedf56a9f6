package no.farvel.batch.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import no.farvel.batch.GuideFindings;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.Problem;
import no.farvel.batch.RecordChecks;
import no.farvel.batch.RecordOutcome;
import no.farvel.batch.RecordOutcome.Status;
import no.farvel.batch.WrittenFile;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.templates.CaseFile;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/**
 * Does one record's work: validate, run the guide check on the data and the rendered text, and write its files into
 * its folder. Returns what became of the record; the runner writes the manifest line. Never throws for a bad record,
 * nor for a record that overflows the stack or the heap. Thread-safe.
 *
 * <p>At most {@code jobs} records are validated, checked and rendered at once (the work that needs a processor); a
 * record's files are written and synced to disk after it has given up its rendering slot, so a runner with more
 * threads than slots keeps every processor busy while some records wait for the disk.
 */
public final class RecordJob {
    private final Farvel farvel;
    private final BiFunction<Farvel, Termination, RenderedLetter> renderer;
    private final OutputFolder out;
    private final List<String> formats;
    private final boolean caseFile;
    private final boolean allowFindings;
    private final int maxProblems;
    private final HeapTurns heap;
    private final Semaphore renderingSlots;

    /**
     * @param renderer renders a letter; {@code Farvel::render} except in tests that need a record to fail in a
     *                 particular way
     * @param caseFile whether the record's case file is written to {@code <id>/case/} too
     * @param jobs     how many records are rendered at once
     */
    public RecordJob(Farvel farvel, BiFunction<Farvel, Termination, RenderedLetter> renderer, OutputFolder out,
                     List<String> formats, boolean caseFile, boolean allowFindings, int maxProblems, HeapTurns heap,
                     int jobs) {
        this.heap = heap;
        this.renderingSlots = new Semaphore(jobs);
        this.farvel = farvel;
        this.renderer = renderer;
        this.out = out;
        this.formats = List.copyOf(formats);
        this.caseFile = caseFile;
        this.allowFindings = allowFindings;
        this.maxProblems = maxProblems;
    }

    public static List<String> defaultFormats() {
        return LetterFormats.defaults();
    }

    public static List<String> availableFormats() {
        return LetterFormats.available();
    }

    /** A record whose files an earlier run wrote and the manifest vouches for. */
    public static RecordOutcome skipped(InputRecord record, ManifestEntry entry) {
        return new RecordOutcome(record.index(), record.location(), record.id(), Status.SKIPPED, entry.files(),
                List.of(), List.of());
    }

    /** A record that stops before rendering: unreadable, or with a repeated id. */
    public RecordOutcome failed(InputRecord record, Problem problem) {
        return fail(record, List.of(), List.of(problem), List.of());
    }

    /**
     * Validates, checks, renders and writes one record; never throws for a bad record. A record that runs out of
     * memory may only have been standing next to a greedy one, so it is tried once more with the heap to itself:
     * the other workers finish what they hold and wait. Only a record that runs out of memory alone fails for it.
     * The run's first record is worked on alone, so the classes every letter needs are set up before records compete
     * for the heap: a class whose set-up runs out of memory stays broken for the rest of the run. The caller ends
     * that first turn with {@link HeapTurns#warmedUp()} once the record is accounted for.
     */
    public RecordOutcome run(InputRecord record) {
        Lock turn = heap.nextTurn();
        boolean locked = false;
        try {
            turn.lock();
            locked = true;
            return attempt(record);
        } catch (StackOverflowError e) {
            return renderFailure(record, e);
        } catch (Error e) {
            if (HeapTurns.outOfMemory(e) == null) {
                throw e;
            }
            // attempt()'s frame is gone, and with it the record's letter and file contents: the heap is free again.
        } finally {
            if (locked) {
                turn.unlock();
            }
        }
        HeapTurns.lock(heap.alone());
        try {
            return attempt(record);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return renderFailure(record, e);
        } catch (Error e) {
            if (HeapTurns.outOfMemory(e) == null) {
                throw e;
            }
            return renderFailure(record, HeapTurns.outOfMemory(e));
        } finally {
            heap.alone().unlock();
        }
    }

    /** What is left after an overflow is the record itself, so the failure line can be made and the run go on. */
    private RecordOutcome renderFailure(InputRecord record, Error e) {
        return fail(record, List.of(), List.of(RecordFailures.render(record, "rendered", e)), List.of());
    }

    private RecordOutcome attempt(InputRecord record) {
        Rendered rendered;
        renderingSlots.acquireUninterruptibly();
        try {
            rendered = render(record);
        } finally {
            renderingSlots.release();
        }
        return rendered.outcome() != null ? rendered.outcome() : write(record, rendered);
    }

    /**
     * A record's letter and case file as file contents, with its warnings; or, when it stops before writing, its
     * outcome.
     */
    private record Rendered(RecordOutcome outcome, Map<String, byte[]> contents, Map<String, byte[]> caseContents,
                            List<Problem> warnings) {
        static Rendered stopped(RecordOutcome outcome) {
            return new Rendered(outcome, Map.of(), Map.of(), List.of());
        }
    }

    private Rendered render(InputRecord record) {
        Termination termination = record.termination();
        List<Problem> problems = RecordChecks.violations(record);
        if (!problems.isEmpty()) {
            return Rendered.stopped(fail(record, List.of(), problems, List.of()));
        }
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, byte[]> caseContents = Map.of();
        try {
            if (!formats.isEmpty()) {
                RenderedLetter letter = renderer.apply(farvel, termination);
                List<Finding> findings = GuideFindings.check(farvel, termination, letter);
                List<Problem> errors = GuideFindings.problems(record, findings, true);
                warnings.addAll(GuideFindings.problems(record, findings, false));
                if (allowFindings) {
                    warnings.addAll(0, errors);
                } else if (!errors.isEmpty()) {
                    withdrawEarlierFiles(record, errors);
                    return Rendered.stopped(fail(record, List.of(), errors, warnings));
                }
                writeLetters(record, termination, letter, contents, warnings);
            }
            if (caseFile) {
                CaseFile file = farvel.caseFile(termination);
                // A reply goes to a client who is already unhappy: any finding in it, a warning too, holds it back.
                List<Problem> replyFindings = file.replies().stream().flatMap(r -> r.findings().stream())
                        .map(f -> new Problem(record.location(), f.location(), f.code(), "a reply in the case file: "
                                + f.messageEnglish())).collect(Collectors.toCollection(ArrayList::new));
                if (allowFindings) {
                    warnings.addAll(replyFindings.stream().map(p -> new Problem(p.where(), p.path(), p.code(),
                            "warning: " + p.message())).toList());
                } else if (!replyFindings.isEmpty()) {
                    withdrawEarlierFiles(record, replyFindings);
                    return Rendered.stopped(fail(record, List.of(), replyFindings, warnings));
                }
                caseContents = file.files();
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            OutOfMemoryError outOfMemory = HeapTurns.outOfMemory(e);
            if (outOfMemory != null) {
                throw outOfMemory;
            }
            return Rendered.stopped(fail(record, List.of(), List.of(RecordFailures.render(record, "rendered", e)),
                    List.of()));
        }
        return new Rendered(null, contents, caseContents, warnings);
    }

    private RecordOutcome write(InputRecord record, Rendered rendered) {
        Termination termination = record.termination();
        Map<String, byte[]> contents = rendered.contents();
        List<Problem> warnings = rendered.warnings();
        List<WrittenFile> files;
        try (SafeDir folder = out.recordFolder(termination.id())) {
            AtomicFiles.removeTemporaryFiles(folder);
            files = new ArrayList<>(AtomicFiles.writeAll(folder, contents));
            for (String format : LetterFormats.available()) {
                if (!contents.containsKey("letter." + format)) {
                    folder.delete("letter." + format);
                }
            }
            // Without --case an earlier case file is left alone: rendering a letter again must not delete the memo.
            if (caseFile) {
                files.addAll(CaseFolder.write(folder, rendered.caseContents()));
            }
        } catch (IOException | RuntimeException e) {
            return fail(record, List.of(), List.of(new Problem(record.location(), "", "WRITE", "could not be written"
                    + " to " + out.recordPath(termination.id()) + ": " + writeReason(e))), warnings);
        }
        return new RecordOutcome(record.index(), record.location(), record.id(), Status.OK, files, List.of(),
                ProblemCap.cap(warnings, maxProblems, true));
    }

    private void writeLetters(InputRecord record, Termination termination, RenderedLetter letter,
                              Map<String, byte[]> contents, List<Problem> warnings) {
        for (String format : formats) {
            String missing = format.equals(LetterFormats.EML) ? LetterFormats.missingForEmail(termination) : null;
            if (missing != null) {
                warnings.add(new Problem(record.locate(missing), missing, "NO_EMAIL", "warning: is missing, so "
                        + "no letter.eml was written; add it to send the letter by e-mail, or send the PDF by post"));
                continue;
            }
            contents.put("letter." + format, LetterFormats.write(letter, termination, format));
        }
    }

    /**
     * Deletes the letters and the case file an earlier run left in the record's folder, so the folder holds what the
     * manifest lists and {@code farvel send} cannot deliver a letter whose record now fails. A folder that is a link
     * is left alone.
     */
    private void withdrawEarlierFiles(InputRecord record, List<Problem> errors) {
        String id = record.termination().id();
        try (SafeDir folder = out.existingRecordFolder(id)) {
            if (folder != null) {
                for (String format : LetterFormats.available()) {
                    folder.delete("letter." + format);
                }
                CaseFolder.withdraw(folder);
            }
        } catch (IOException e) {
            errors.add(new Problem(record.location(), "", "WRITE", "its earlier letters in " + out.recordPath(id)
                    + " could not be removed: " + writeReason(e)));
        }
    }

    private static String writeReason(Exception e) {
        if (e instanceof SafeDir.RefusedEntryException refused) {
            return refused.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return RecordFailures.reason(e);
    }

    private RecordOutcome fail(InputRecord record, List<WrittenFile> files, List<Problem> problems,
                               List<Problem> warnings) {
        return new RecordOutcome(record.index(), record.location(), record.id(), Status.FAILED, files,
                ProblemCap.cap(problems, maxProblems, false), ProblemCap.cap(warnings, maxProblems, true));
    }

    /** The manifest line for an outcome. */
    public static ManifestEntry entry(RecordOutcome outcome) {
        String status = switch (outcome.status()) {
            case OK -> ManifestEntry.OK;
            case SKIPPED -> ManifestEntry.SKIPPED;
            case FAILED -> ManifestEntry.FAILED;
        };
        List<Problem> problems = outcome.problems();
        boolean fieldProblems = problems.stream().noneMatch(p -> isRecordError(p.code()));
        String error = fieldProblems ? null : problems.stream().map(p -> p.describe(outcome.id()))
                .reduce((a, b) -> a + "; " + b).orElse(null);
        return new ManifestEntry(outcome.id(), status, outcome.where(), outcome.files(),
                fieldProblems ? problems : List.of(), outcome.warnings(), error);
    }

    private static boolean isRecordError(String code) {
        return Set.of("READ", "DUPLICATE_ID", "RENDER", "WRITE").contains(code);
    }
}
