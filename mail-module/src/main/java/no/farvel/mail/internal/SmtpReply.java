package no.farvel.mail.internal;

import java.util.List;

/**
 * One SMTP reply: its code and its lines without the code.
 *
 * @param code such as 250 or 451
 * @param lines the text of each line, in order
 */
public record SmtpReply(int code, List<String> lines) {
    public SmtpReply {
        lines = List.copyOf(lines);
    }

    public boolean isPositive() {
        return code >= 200 && code < 400;
    }

    /** The reply on one line, as the journal and the terminal show it: {@code 250 2.0.0 Ok: queued as 4Y2x}. */
    @Override
    public String toString() {
        return code + (lines.isEmpty() ? "" : " " + String.join(" | ", lines));
    }
}
