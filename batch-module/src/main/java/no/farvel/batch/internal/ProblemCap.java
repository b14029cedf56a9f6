package no.farvel.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.Problem;

/**
 * Keeps the problems listed for one record within bounds, so that a record with thousands of findings still makes
 * one short manifest line and a few terminal lines: at most so many problems, each message cut to
 * {@link BatchLimits#MAX_PROBLEM_CHARS}, and the rest summed up in one last problem, code {@code MORE}.
 */
public final class ProblemCap {
    /** The code of the problem that stands for those left out. */
    public static final String MORE = "MORE";
    /** The most characters of problems kept in one list, whatever their number. */
    private static final int BUDGET = 32_000;
    private static final int MAX_WHERE_CHARS = 200;

    private ProblemCap() {
    }

    /**
     * At most {@code max} of {@code problems}, shortened; when some are left out, one more that says how many.
     *
     * @param warnings whether these are warnings, whose messages start with {@code warning: }
     */
    public static List<Problem> cap(List<Problem> problems, int max, boolean warnings) {
        List<Problem> kept = new ArrayList<>();
        int used = 0;
        for (Problem problem : problems) {
            if (kept.size() == max || used > BUDGET) {
                break;
            }
            Problem shortened = new Problem(cut(problem.where(), MAX_WHERE_CHARS), cut(problem.path(), MAX_WHERE_CHARS),
                    problem.code(), cut(problem.message(), BatchLimits.MAX_PROBLEM_CHARS));
            used += shortened.where().length() + shortened.path().length() + shortened.message().length();
            kept.add(shortened);
        }
        int rest = problems.size() - kept.size();
        if (rest > 0) {
            String noun = warnings ? (rest == 1 ? "warning is" : "warnings are") : (rest == 1 ? "problem is"
                    : "problems are");
            kept.add(new Problem(kept.get(kept.size() - 1).where(), "", MORE, (warnings ? "warning: " : "")
                    + String.format(Locale.ROOT, "%,d", rest) + " more " + noun + " not listed; the limit is " + max
                    + " per record (--max-findings)"));
        }
        return kept;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
