package no.farvel.templates.pack;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every fault verification found in one pack, in the order checked.
 *
 * @param pack the pack's name as its source gives it (a path, {@code default}, a jar file)
 */
public record PackReport(String pack, List<PackProblem> problems) {
    /** Copies the problems. */
    public PackReport {
        Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
        problems = List.copyOf(problems);
    }

    /** True when nothing is wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The first line of the report: {@code Pack 'acme': 2 problems}, or that none were found. */
    public String heading() {
        return ok() ? "Pack '" + pack + "': no problems found"
                : "Pack '" + pack + "': " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    }

    /** A heading line, then one line per problem; for people and logs. */
    @Override
    public String toString() {
        return heading() + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
