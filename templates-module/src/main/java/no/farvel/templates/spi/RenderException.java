package no.farvel.templates.spi;

/** A letter could not be produced; the message names pack, template, line or key, and what to do. */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message names pack, template, line or key. */
    public RenderException(String message) {
        super(message);
    }

    /** Creates the exception; the message names pack, template, line or key. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
