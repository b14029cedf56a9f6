package no.farvel.templates.testing;

import java.nio.file.Path;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.core.testing.ExampleFiles;

/**
 * The example documents, read as a user's input would be: the project's own copies, and those in
 * {@code ../shared/examples} where that folder exists (see {@link ExampleFiles}).
 */
public final class SharedExamples {
    private SharedExamples() {
    }

    /** Every example file: the project's own, then the shared ones where they are there. */
    public static List<Path> files() {
        return ExampleFiles.all();
    }

    /** One of the project's own examples by file name, such as {@code nb-sen-betaling.json}. */
    public static Termination read(String fileName) {
        return read(ExampleFiles.own(fileName));
    }

    public static Termination read(Path file) {
        try {
            return TerminationReader.create().readOne(file);
        } catch (TerminationReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
