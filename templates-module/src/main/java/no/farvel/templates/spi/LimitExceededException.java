package no.farvel.templates.spi;

import java.util.Objects;

/**
 * A template pack went past one of its limits ({@link no.farvel.templates.pack.PackLimits}), or holds what Farvel
 * refuses to run; the message names the pack, the file, the line where known, and the limit.
 */
public class LimitExceededException extends RenderException {
    private static final long serialVersionUID = 1L;
    private final String limit;

    /**
     * @param limit the limit's name, such as {@code templateTime}, or a short name for a rule that cannot be
     *              raised, such as {@code regularFiles}
     */
    public LimitExceededException(String limit, String message) {
        super(message);
        this.limit = Objects.requireNonNull(limit, "The parameter 'limit' must not be null");
    }

    public LimitExceededException(String limit, String message, Throwable cause) {
        super(message, cause);
        this.limit = Objects.requireNonNull(limit, "The parameter 'limit' must not be null");
    }

    /** The name of the limit that was exceeded. */
    public String limit() {
        return limit;
    }
}
