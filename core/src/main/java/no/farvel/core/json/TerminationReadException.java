package no.farvel.core.json;

import java.util.Objects;

/** A termination document could not be read; {@link #error()} says what and where. */
public final class TerminationReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ReadError error;

    /** Creates the exception for one read error. */
    public TerminationReadException(ReadError error) {
        super(Objects.requireNonNull(error, "The parameter 'error' must not be null").describe());
        this.error = error;
    }

    /** What is wrong with the document, and where. */
    public ReadError error() {
        return error;
    }
}
