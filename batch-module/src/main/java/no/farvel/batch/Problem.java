package no.farvel.batch;

import java.util.Objects;
import no.farvel.core.text.Printable;

/**
 * One thing wrong with a record, located for the person who has to fix it.
 *
 * @param where the file and line, {@code clients.csv:17} (with a column for JSON syntax errors)
 * @param path the field path such as {@code client.orgNumber}; empty for the record as a whole
 * @param code a stable code for programs: a violation code, a guide finding code, or {@code READ}, {@code DUPLICATE_ID},
 *             {@code RENDER}, {@code WRITE}, or {@code MORE} for the problems left out of a long list
 * @param message what is wrong and what to do
 */
public record Problem(String where, String path, String code, String message) {
    /** Checks that place, code and message are there; no path becomes an empty one. */
    public Problem {
        Objects.requireNonNull(where, "The parameter 'where' must not be null");
        Objects.requireNonNull(code, "The parameter 'code' must not be null");
        Objects.requireNonNull(message, "The parameter 'message' must not be null");
        path = path == null ? "" : path;
    }

    /**
     * The error line: {@code clients.csv:17 id=acme-2026 client.orgNumber: '987654321' fails the MOD11 check}. Always
     * one line: control and invisible characters from the data are escaped ({@code id=a\nb}).
     */
    public String describe(String id) {
        StringBuilder line = new StringBuilder(where);
        if (id != null) {
            line.append(" id=").append(id);
        }
        line.append(' ');
        if (!path.isEmpty()) {
            line.append(path).append(": ");
        }
        return Printable.escape(line.append(message));
    }
}
