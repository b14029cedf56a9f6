package no.farvel.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/** Guide-check findings as located problems: errors stop a letter, warnings travel with it. */
public final class GuideFindings {
    private GuideFindings() {
    }

    /**
     * The guide check's findings: those {@link Farvel#render} found on the data and the letter (the Farvel must be
     * built with {@code allowFindings()}), or, when {@code letter} is null because the data is too broken to render,
     * the pack's check on the data alone.
     */
    public static List<Finding> check(Farvel farvel, Termination termination, RenderedLetter letter) {
        return letter != null ? letter.findings() : farvel.pack().guideCheck().check(termination);
    }

    /** The findings of one severity as problems; a warning's message starts with {@code warning: }. */
    public static List<Problem> problems(InputRecord record, List<Finding> findings, boolean errors) {
        return findings.stream().filter(f -> f.isError() == errors).map(f -> problem(record, f))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Problem problem(InputRecord record, Finding finding) {
        String location = finding.location();
        boolean inData = !location.equals("$") && !location.startsWith("letter");
        String message = (finding.isError() ? "" : "warning: ") + finding.messageEnglish()
                + (finding.suggestion() == null ? "" : " Instead, for example: '" + finding.suggestion() + "'.");
        return new Problem(inData ? record.locate(location) : record.location(), location.equals("$") ? "" : location,
                finding.code(), message);
    }
}
