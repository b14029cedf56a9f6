package no.farvel.batch;

import java.io.IOException;

/** A batch that could not go on, such as when its output folder cannot be written; carries what was done before. */
public class BatchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient BatchResult partialResult;

    /** Creates the exception with what was done before the batch stopped. */
    public BatchException(String message, Throwable cause, BatchResult partialResult) {
        super(message, cause);
        this.partialResult = partialResult;
    }

    /** The records handled before the batch stopped. */
    public BatchResult partialResult() {
        return partialResult;
    }
}
