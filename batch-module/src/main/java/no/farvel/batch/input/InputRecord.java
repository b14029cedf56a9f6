package no.farvel.batch.input;

import java.util.Objects;
import java.util.function.UnaryOperator;
import no.farvel.core.Termination;
import no.farvel.core.json.ReadError;

/**
 * One record of an input file: a termination, or the reason it could not be read, with where it came from.
 *
 * @param source the input file name as given, such as {@code clients.csv}
 * @param index the 1-based position of the record in the input
 * @param line the 1-based line (or spreadsheet row) where the record starts
 * @param id the record's id when it is known, even for a record that could not be read; otherwise null
 * @param termination the record, or null when it could not be read
 * @param error what went wrong, or null when the record was read
 * @param locator where a field path of this record was read, as {@code file:line}; list entries from sibling files
 *                point into those files
 */
public record InputRecord(String source, int index, int line, String id, Termination termination, ReadError error,
                          UnaryOperator<String> locator) {
    /** Checks that the record has either a termination or an error. */
    public InputRecord {
        Objects.requireNonNull(source, "The parameter 'source' must not be null");
        if ((termination == null) == (error == null)) {
            throw new IllegalArgumentException("Exactly one of the parameters 'termination' and 'error' must be given");
        }
        if (locator == null) {
            String here = source + ":" + line;
            locator = path -> here;
        }
    }

    /** A record that was read. */
    public static InputRecord ok(String source, int index, int line, Termination termination) {
        return new InputRecord(source, index, line, termination.id(), termination, null, null);
    }

    /** A record that could not be read. */
    public static InputRecord failed(String source, int index, int line, String id, ReadError error) {
        return new InputRecord(source, index, line, id, null, error, null);
    }

    /** Whether the record was read; then {@link #termination()} is not null. */
    public boolean isOk() {
        return termination != null;
    }

    /** Where the record starts, {@code clients.csv:17}. */
    public String location() {
        return source + ":" + line;
    }

    /** Where the field at {@code path} was read, {@code invoices.csv:5} for {@code finalInvoices[0].amount}. */
    public String locate(String path) {
        return locator.apply(path == null ? "" : path);
    }

    /** The same record with another termination, such as one with the provider filled in. */
    public InputRecord withTermination(Termination replacement) {
        return new InputRecord(source, index, line, replacement.id(), replacement, null, locator);
    }
}
