package no.farvel.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.farvel.batch.Problem;

/**
 * A request that cannot be answered as asked, to be sent as an RFC 9457 problem document
 * ({@code application/problem+json}) with the same field paths, codes and messages the command line prints.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String id;
    private final transient List<Problem> violations;
    private final transient List<Problem> warnings;
    private final transient Map<String, String> headers;

    private ProblemException(int status, String type, String title, String detail, String id,
                             List<Problem> violations, List<Problem> warnings, Map<String, String> headers) {
        super(detail);
        this.id = id;
        this.status = status;
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.violations = List.copyOf(violations);
        this.warnings = List.copyOf(warnings);
        this.headers = Map.copyOf(headers);
    }

    /** A problem without field paths, such as a missing token or an upload that is too large. */
    public static ProblemException of(int status, String type, String title, String detail) {
        return new ProblemException(status, type, title, detail, null, List.of(), List.of(), Map.of());
    }

    /** A problem with the data of the record {@code id} (null when unknown), each violation at its field path. */
    public static ProblemException withViolations(int status, String type, String title, String id,
                                                  List<Problem> violations, List<Problem> warnings) {
        String detail = violations.size() == 1 ? describe(violations.get(0))
                : violations.size() + " problems, the first: " + describe(violations.get(0));
        return new ProblemException(status, type, title, detail, id, violations, warnings, Map.of());
    }

    /** The same problem with a response header, such as {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, type, title, getMessage(), id, violations, warnings, more);
    }

    private static String describe(Problem problem) {
        return problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
    }

    public int status() {
        return status;
    }

    /** The short name of the problem type, such as {@code invalid-termination}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The record's id, or null. */
    public String id() {
        return id;
    }

    public List<Problem> violations() {
        return violations;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
