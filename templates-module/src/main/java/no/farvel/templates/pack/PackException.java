package no.farvel.templates.pack;

import no.farvel.templates.spi.RenderException;

/** A pack could not be found, fetched or opened; the message names the pack, where it was looked for and why. */
public class PackException extends RenderException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message names the pack, where it was looked for and why. */
    public PackException(String message) {
        super(message);
    }

    /** Creates the exception; the message names the pack, where it was looked for and why. */
    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
