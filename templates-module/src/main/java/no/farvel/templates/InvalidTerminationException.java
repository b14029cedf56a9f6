package no.farvel.templates;

import java.util.List;
import java.util.stream.Collectors;
import no.farvel.core.validation.Violation;

/** A termination that fails validation is never rendered; this carries every violation found. */
public class InvalidTerminationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Creates the exception with every violation of the termination {@code id}. */
    public InvalidTerminationException(String id, List<Violation> violations) {
        super("Termination '" + id + "' is not valid:\n  " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n  ")));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, each with its JSON path. */
    public List<Violation> violations() {
        return violations;
    }
}
