package no.farvel.templates;

import java.util.List;
import java.util.Objects;
import no.farvel.core.guide.Finding;

/**
 * A short, polite and firm reply to one kind of push-back, ready to send by e-mail: it restates the decision and the
 * date, points to the agreement and offers the wind-down help again.
 *
 * @param kind the reaction it answers
 * @param title what the reply is for, as the replies document heads it: {@code Forsøk på å forhandle}
 * @param text the reply as plain text, wrapped at 72 columns
 * @param findings what the guide check found in the reply; empty, unless the {@link Farvel} allows findings
 */
public record Reply(ReplyKind kind, String title, String text, List<Finding> findings) {
    /** Checks the parts and copies the findings. */
    public Reply {
        Objects.requireNonNull(kind, "The parameter 'kind' must not be null");
        Objects.requireNonNull(title, "The parameter 'title' must not be null");
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        findings = List.copyOf(findings);
    }
}
