package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import no.farvel.core.json.ReadError;

/** A table cannot be read past some row; {@link #error()} says where and why. */
final class TableReadException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;
    private final transient ReadError error;

    TableReadException(ReadError error, IOException cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    ReadError error() {
        return error;
    }
}
