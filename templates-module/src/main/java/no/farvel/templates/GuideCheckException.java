package no.farvel.templates;

import java.util.List;
import java.util.stream.Collectors;
import no.farvel.core.guide.Finding;

/**
 * The guide check found errors in a letter, so {@link Farvel#render} held it back; this carries every finding, the
 * warnings too. Build the {@link Farvel} with {@link Farvel.Builder#allowFindings()} to get such letters anyway.
 */
public class GuideCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public GuideCheckException(String id, List<Finding> findings) {
        this(findings, "The letter for '" + id + "'");
    }

    /** @param what what breaks the guide, such as {@code The replies in the case file of 'acme-2026'} */
    GuideCheckException(List<Finding> findings, String what) {
        super(what + " breaks the guide for termination letters:\n  " + findings.stream()
                .map(GuideCheckException::describe).collect(Collectors.joining("\n  ")));
        this.findings = List.copyOf(findings);
    }

    /** Every finding, errors and warnings, each with its location. */
    public List<Finding> findings() {
        return findings;
    }

    private static String describe(Finding f) {
        return f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.code() + " at " + f.location() + ": "
                + f.messageEnglish() + (f.suggestion() == null ? "" : " Instead, for example: '" + f.suggestion()
                + "'.");
    }
}
