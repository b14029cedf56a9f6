package no.farvel.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.farvel.batch.GuideFindings;
import no.farvel.batch.Problem;
import no.farvel.batch.RecordChecks;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.Provider;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.json.ReadError;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.mail.EmlWriter;
import no.farvel.mail.LetterMail;
import no.farvel.mail.MailOptions;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/**
 * One termination from a request body through the same steps as {@code farvel render}: read with the reader's limits,
 * validate, render, guide check; each failure becomes the problem document the command line's error lines match.
 */
public final class LetterService {
    /** How a request body is named in error locations, as a file name is on the command line. */
    public static final String SOURCE = "request";
    private static final TerminationReader READER = TerminationReader.create();

    private final Farvel farvel;
    private final Metrics metrics;
    private final Semaphore renders;

    public LetterService(Farvel farvel, Metrics metrics, int maxConcurrentRenders) {
        this.farvel = farvel;
        this.metrics = metrics;
        this.renders = new Semaphore(maxConcurrentRenders);
    }

    public Farvel farvel() {
        return farvel;
    }

    /** The formats a letter can be fetched in: the renderers' and {@code eml}. */
    public Set<String> formats() {
        Set<String> formats = new TreeSet<>(farvel.formats());
        formats.add(LetterFormat.EML);
        return formats;
    }

    /**
     * Reads one termination from a request body; a record without a provider gets {@code provider} when not null.
     *
     * @throws ProblemException 400 with the reader's location and field path when the JSON cannot be read
     */
    public InputRecord read(String json, Provider provider) {
        try {
            Termination termination = READER.readOne(json, SOURCE);
            if (termination.provider() == null && provider != null) {
                termination = termination.toBuilder().provider(provider).build();
            }
            return InputRecord.ok(SOURCE, 1, 1, termination);
        } catch (TerminationReadException e) {
            ReadError error = e.error();
            Problem problem = RecordChecks.unreadable(InputRecord.failed(SOURCE, 1, error.line(), null, error));
            metrics.increment("farvel_letter_failures_total", "reason", "invalid");
            throw ProblemException.withViolations(400, "unreadable-termination", "The termination cannot be read",
                    null, List.of(problem), List.of());
        }
    }

    /** Every violation of the input contract, at its field path; empty when the termination is valid. */
    public List<Problem> violations(InputRecord record) {
        return RecordChecks.violations(record);
    }

    /** Throws the 422 problem listing every violation, unless there is none. */
    public void requireValid(InputRecord record) {
        List<Problem> violations = violations(record);
        if (!violations.isEmpty()) {
            metrics.increment("farvel_letter_failures_total", "reason", "invalid");
            throw ProblemException.withViolations(422, "invalid-termination", "The termination is not valid",
                    record.id(), violations, List.of());
        }
    }

    /** The 422 problem for guide-check errors, which carries the warnings too. */
    public static ProblemException guideCheckFailed(InputRecord record, List<Problem> errors, List<Problem> warnings) {
        return ProblemException.withViolations(422, "guide-check-failed", "The guide check holds the letter back",
                record.id(), errors, warnings);
    }

    /** What {@code farvel check} says of a record: contract violations or guide errors, and guide warnings. */
    public Check check(InputRecord record) {
        List<Problem> errors = new ArrayList<>(violations(record));
        RenderedLetter letter = null;
        if (errors.isEmpty()) {
            try {
                letter = withPermit(() -> farvel.render(record.termination()));
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                errors.add(new Problem(record.location(), "", "RENDER", "could not be rendered: " + e.getMessage()));
            }
        }
        List<Finding> findings = GuideFindings.check(farvel, record.termination(), letter);
        errors.addAll(GuideFindings.problems(record, findings, true));
        return new Check(errors, GuideFindings.problems(record, findings, false));
    }

    /**
     * Validates, renders and checks a letter as {@code farvel render} does; guide errors stop it unless
     * {@code allowFindings}, when they travel as warnings.
     *
     * @throws ProblemException 422 for violations or guide errors, 500 when the pack cannot write the letter
     */
    public Rendered render(InputRecord record, boolean allowFindings) {
        long start = System.nanoTime();
        requireValid(record);
        Termination termination = record.termination();
        RenderedLetter letter;
        try {
            letter = withPermit(() -> farvel.render(termination));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            metrics.increment("farvel_letter_failures_total", "reason", "render");
            throw ProblemException.withViolations(500, "render-failed", "The letter could not be rendered",
                    record.id(), List.of(new Problem(record.location(), "", "RENDER", "could not be rendered: " + e.getMessage())),
                    List.of());
        }
        List<Finding> findings = GuideFindings.check(farvel, termination, letter);
        List<Problem> errors = GuideFindings.problems(record, findings, true);
        List<Problem> warnings = new ArrayList<>(GuideFindings.problems(record, findings, false));
        if (!errors.isEmpty() && !allowFindings) {
            metrics.increment("farvel_letter_failures_total", "reason", "guide");
            throw guideCheckFailed(record, errors, warnings);
        }
        warnings.addAll(0, errors);
        metrics.observe("farvel_render_duration_seconds", (System.nanoTime() - start) / 1e9);
        return new Rendered(record, letter, warnings);
    }

    /**
     * The letter in one format; {@code eml} is the e-mail as {@code farvel batch} writes it.
     *
     * @throws ProblemException 422 naming {@code provider.email} or {@code client.email} when the e-mail has no
     *     sender or recipient
     */
    public byte[] bytes(Rendered rendered, String format) {
        byte[] bytes;
        if (format.equals(LetterFormat.EML)) {
            Termination termination = rendered.record().termination();
            String missing = missingForEmail(termination);
            if (missing != null) {
                metrics.increment("farvel_letter_failures_total", "reason", "invalid");
                throw ProblemException.withViolations(422, "no-email-address", "The letter cannot go by e-mail",
                        rendered.record().id(), List.of(new Problem(rendered.record().locate(missing), missing, "NO_EMAIL",
                                "is missing, so no letter.eml can be written; add it to send the letter by e-mail, "
                                        + "or send the PDF by post")), List.of());
            }
            bytes = withPermit(() -> EmlWriter.toBytes(LetterMail.compose(rendered.letter(), termination,
                    MailOptions.defaults())));
        } else {
            bytes = withPermit(() -> rendered.letter().bytes(format));
        }
        metrics.increment("farvel_letters_rendered_total", "format", format);
        return bytes;
    }

    /** Why the e-mail cannot be made, as a field path; null when it can. */
    public static String missingForEmail(Termination termination) {
        if (termination.provider() == null || blank(termination.provider().email())) {
            return "provider.email";
        }
        if (termination.client() == null || blank(termination.client().email())) {
            return "client.email";
        }
        return null;
    }

    private <T> T withPermit(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = renders.tryAcquire(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ProblemException.of(503, "busy", "The server is busy",
                    "Every rendering slot is taken; try again in a moment").withHeader("Retry-After", "1");
        }
        try {
            return work.get();
        } finally {
            renders.release();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A rendered letter with the guide check's warnings. */
    public record Rendered(InputRecord record, RenderedLetter letter, List<Problem> warnings) {
    }

    /** The guide check's errors (contract violations included) and warnings. */
    public record Check(List<Problem> errors, List<Problem> warnings) {
    }
}
