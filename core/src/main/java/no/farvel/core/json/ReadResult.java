package no.farvel.core.json;

import java.util.Objects;
import no.farvel.core.Termination;

/**
 * The outcome of reading one record: either a {@link Termination} or a {@link ReadError}, never both.
 *
 * @param source the file name as given
 * @param index the 1-based position of the record in the file
 * @param line the 1-based line where the record starts
 * @param termination the record, or null when it could not be read
 * @param error what went wrong, or null when the record was read
 */
public record ReadResult(String source, int index, int line, Termination termination, ReadError error) {
    /** Checks that the result has either a termination or an error. */
    public ReadResult {
        Objects.requireNonNull(source, "The parameter 'source' must not be null");
        if ((termination == null) == (error == null)) {
            throw new IllegalArgumentException("Exactly one of the parameters 'termination' and 'error' must be given");
        }
    }

    /** A record that was read. */
    public static ReadResult ok(String source, int index, int line, Termination termination) {
        return new ReadResult(source, index, line,
                Objects.requireNonNull(termination, "The parameter 'termination' must not be null"), null);
    }

    /** A record that could not be read. */
    public static ReadResult failed(String source, int index, int line, ReadError error) {
        return new ReadResult(source, index, line, null,
                Objects.requireNonNull(error, "The parameter 'error' must not be null"));
    }

    /** Whether the record was read; then {@link #termination()} is not null. */
    public boolean isOk() {
        return termination != null;
    }
}
