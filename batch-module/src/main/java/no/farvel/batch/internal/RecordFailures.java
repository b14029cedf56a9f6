package no.farvel.batch.internal;

import java.util.Objects;
import no.farvel.batch.Problem;
import no.farvel.batch.input.InputRecord;

/**
 * Turns what went wrong while one record was rendered or checked into a problem for that record. Out of memory and
 * stack overflow are caught per record: the stack is unwound and the record's data is released before the problem is
 * made, so the run can go on. Errors that mean the Java runtime itself is broken are not caught here.
 */
public final class RecordFailures {
    private RecordFailures() {
    }

    /** Whether a throwable is one record's failure rather than the runtime's: not InternalError, UnknownError. */
    public static boolean isRecordFailure(Throwable e) {
        return e instanceof Exception || e instanceof StackOverflowError || e instanceof OutOfMemoryError
                || e instanceof LinkageError || e instanceof AssertionError;
    }

    /** The problem for a record that could not be rendered (or checked): {@code RENDER}, with the reason. */
    public static Problem render(InputRecord record, String doing, Throwable e) {
        return new Problem(record.location(), "", "RENDER", "could not be " + doing + ": " + reason(e));
    }

    /** Why, in a person's words. */
    public static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "ran out of stack (nesting or recursion too deep, most likely in the template pack)";
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give "
                    + "Farvel more memory (FARVEL_JAVA_OPTS=-Xmx1g) or fewer --jobs, or look for what makes this "
                    + "record's letter so large";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "unexpected " + e.getClass().getSimpleName()
                : Objects.requireNonNull(message);
    }
}
