package no.farvel.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example terminations the tests render. The project's own copies (the built-in pack's samples in
 * {@code templates-module}) are always there, so a clone of this repository alone passes its tests; the shared
 * examples in {@code ../shared/examples} beside the project, which CI has, add their cases where that folder exists.
 */
public final class ExampleFiles {
    /** Where the project keeps its own copies, from the project root. */
    public static final String OWN = "templates-module/src/main/resources/no/farvel/templates/samples";
    private static volatile boolean told;

    private ExampleFiles() {
    }

    /** The project's own examples: the {@code farvel.examples.dir} system property the build sets, or found upwards. */
    public static Path own() {
        String configured = System.getProperty("farvel.examples.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(OWN))) {
                return dir.resolve(OWN);
            }
        }
        throw new IllegalStateException("The project's examples (" + OWN + ") are not above " + Path.of("")
                .toAbsolutePath() + "; run the tests from the project or set -Dfarvel.examples.dir");
    }

    /** One of the project's own examples by file name, such as {@code nb-sen-betaling.json}. */
    public static Path own(String fileName) {
        Path file = own().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The example " + file + " is missing");
        }
        return file;
    }

    /** {@code ../shared/examples}: the {@code farvel.shared.dir} system property the build sets, or beside the project. */
    public static Path shared() {
        String configured = System.getProperty("farvel.shared.dir");
        if (configured != null) {
            return Path.of(configured).resolve("examples");
        }
        Path root = own();
        for (int i = 0; i < Path.of(OWN).getNameCount(); i++) {
            root = root.getParent();
        }
        return root.resolveSibling("shared").resolve("examples");
    }

    /**
     * Every example: the project's own, then the shared ones where {@code ../shared/examples} exists. Where it does
     * not, says so once on standard output and leaves those cases out.
     */
    public static List<Path> all() {
        List<Path> files = new ArrayList<>(list(own()));
        if (Files.isDirectory(shared())) {
            files.addAll(list(shared()));
        } else if (!told) {
            told = true;
            System.out.println("../shared/examples not found: skipping the shared-example cases (looked in "
                    + shared() + "); the project's own examples in " + OWN + " still run");
        }
        return List.copyOf(files);
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The examples in " + directory + " cannot be listed", e);
        }
    }
}
