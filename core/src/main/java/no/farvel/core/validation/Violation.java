package no.farvel.core.validation;

import java.util.Objects;

/**
 * One thing wrong with a termination.
 *
 * @param path where, as a JSON path into the input such as {@code finalInvoices[1].amount} or {@code id}
 * @param code what kind of fault, stable for programs to act on
 * @param message what is wrong and what to do, in English, quoting the bad value
 */
public record Violation(String path, ViolationCode code, String message) {
    /** Checks that path, code and message are there. */
    public Violation {
        Objects.requireNonNull(path, "The parameter 'path' must not be null");
        Objects.requireNonNull(code, "The parameter 'code' must not be null");
        Objects.requireNonNull(message, "The parameter 'message' must not be null");
    }

    /** The path and the message, {@code provider.orgNumber: '987654321' fails the MOD11 check ...}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
