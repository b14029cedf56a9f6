package no.farvel.core.json;

import java.util.Objects;

/**
 * What is wrong with one record of an input file, and where: {@code clients.jsonl:17:23 finalInvoices[1].amount: 'abc'
 * is not a decimal amount}.
 *
 * @param source the file name as given, or the name passed with a string
 * @param line 1-based line of the problem, or 0 when unknown
 * @param column 1-based column of the problem, or 0 when unknown
 * @param path the field path with 0-based list indexes such as {@code finalInvoices[1].amount}; empty for the document
 *             itself, never null
 * @param message what is wrong, for a person
 */
public record ReadError(String source, int line, int column, String path, String message) {
    /** Checks that source and message are there; no path becomes an empty one. */
    public ReadError {
        Objects.requireNonNull(source, "The parameter 'source' must not be null");
        Objects.requireNonNull(message, "The parameter 'message' must not be null");
        path = path == null ? "" : path;
    }

    /** The one-line form {@code source:line:column path: message}, leaving out what is unknown. */
    public String describe() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(' ');
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
