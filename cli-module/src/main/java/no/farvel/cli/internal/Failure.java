package no.farvel.cli.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import no.farvel.core.json.TerminationReadException;

/** Says what went wrong in words a person can act on, without a stack trace. */
public final class Failure {
    private Failure() {
    }

    public static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": is in the way (a file where a folder belongs)";
        }
        if (e instanceof TerminationReadException t) {
            return t.error().describe();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + e.getClass().getSimpleName() + "; run again with --verbose for the details";
        }
        return message;
    }
}
