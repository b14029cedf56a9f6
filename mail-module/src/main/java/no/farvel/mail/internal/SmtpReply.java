package no.farvel.mail.internal;

import java.util.ArrayList;
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

    /**
     * A reply as Angus Mail keeps it ({@code getLastServerResponse()}): each line with its code, each ended by a line
     * break.
     */
    public static SmtpReply parse(int code, String response) {
        List<String> lines = new ArrayList<>();
        for (String line : response.split("\r?\n")) {
            lines.add(line.length() > 4 ? line.substring(4) : "");
        }
        return new SmtpReply(code, lines);
    }

    /** The reply on one line, as the journal and the terminal show it: {@code 250 2.0.0 Ok: queued as 4Y2x}. */
    @Override
    public String toString() {
        return code + (lines.isEmpty() ? "" : " " + String.join(" | ", lines));
    }
}
