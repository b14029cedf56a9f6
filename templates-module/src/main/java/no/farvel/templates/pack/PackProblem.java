package no.farvel.templates.pack;

import java.util.Objects;

/**
 * One fault in a pack.
 *
 * @param file the pack path the fault is in, such as {@code messages_nn.properties}
 * @param line the line in that file, or null when not known
 * @param message what is wrong and, where it helps, what to do
 */
public record PackProblem(String file, Integer line, String message) {
    /** Checks that file and message are there. */
    public PackProblem {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        Objects.requireNonNull(message, "The parameter 'message' must not be null");
    }

    /** {@code file:line: message}, or {@code file: message} without a line. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
