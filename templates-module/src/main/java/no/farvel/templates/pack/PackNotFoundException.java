package no.farvel.templates.pack;

/**
 * The pack asked for is not there: no such folder or file, or no such artifact or version in the repositories tried.
 * The message names the pack and where it was looked for. The command line treats it as a usage error (exit code 2).
 */
public class PackNotFoundException extends PackException {
    private static final long serialVersionUID = 1L;

    /** @param message what was asked for and where it was looked for */
    public PackNotFoundException(String message) {
        super(message);
    }

    /**
     * @param message what was asked for and where it was looked for
     * @param cause what the repository reported
     */
    public PackNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
