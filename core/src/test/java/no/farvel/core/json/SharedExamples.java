package no.farvel.core.json;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared example documents live: system property {@code farvel.shared.dir}, else beside the project. */
final class SharedExamples {
    private SharedExamples() {
    }

    static Path examples() {
        String configured = System.getProperty("farvel.shared.dir");
        Path shared = configured != null && Files.isDirectory(Path.of(configured)) ? Path.of(configured)
                : Path.of("../../shared");
        return shared.resolve("examples");
    }

    static Path example(String name) {
        return examples().resolve(name);
    }
}
