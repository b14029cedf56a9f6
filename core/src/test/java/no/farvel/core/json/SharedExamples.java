package no.farvel.core.json;

import java.nio.file.Path;
import java.util.List;
import no.farvel.core.testing.ExampleFiles;

/** The example documents: the project's own copies, and {@code ../shared/examples} where it exists (see ExampleFiles). */
final class SharedExamples {
    private SharedExamples() {
    }

    /** Every example, the shared ones included where that folder exists. */
    static List<Path> files() {
        return ExampleFiles.all();
    }

    static Path example(String name) {
        return ExampleFiles.own(name);
    }
}
