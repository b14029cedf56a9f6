package no.farvel.templates.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;

/** The example documents in {@code ../shared/examples/}, read as a user's input would be. */
public final class SharedExamples {
    private SharedExamples() {
    }

    /** The folder, from the {@code farvel.shared.dir} system property the build sets, or beside the project. */
    public static Path directory() {
        String shared = System.getProperty("farvel.shared.dir");
        return (shared != null ? Path.of(shared) : Path.of("../../shared")).resolve("examples");
    }

    /** Every example file, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The shared examples are missing at " + directory(), e);
        }
    }

    /** One example by file name, such as {@code nb-sen-betaling.json}. */
    public static Termination read(String fileName) {
        return read(directory().resolve(fileName));
    }

    public static Termination read(Path file) {
        try {
            return TerminationReader.create().readOne(file);
        } catch (TerminationReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
