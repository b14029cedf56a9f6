package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages named internal are not API: no module's code, main or test, imports another module's. */
class InternalPackagesTest {
    private static final Pattern INTERNAL_IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?(no\\.farvel(?:\\.\\w+)*?\\.internal(?:\\.[a-z]\\w*)*)\\.",
                    Pattern.MULTILINE);

    @Test
    void noModuleImportsAnotherModulesInternalPackages() throws IOException {
        Path root = ReadmeJavaBlocksTest.projectRoot();
        List<Path> modules;
        try (Stream<Path> poms = Files.walk(root, 3)) {
            modules = poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .map(Path::getParent)
                    .filter(m -> Files.isDirectory(m.resolve("src")))
                    .toList();
        }
        assertThat(modules).hasSizeGreaterThanOrEqualTo(8);

        List<String> violations = new ArrayList<>();
        for (Path module : modules) {
            Set<String> own = packagesOf(module);
            for (Path source : javaFiles(module)) {
                Matcher imported = INTERNAL_IMPORT.matcher(Files.readString(source));
                while (imported.find()) {
                    String pkg = imported.group(1);
                    if (!own.contains(pkg)) {
                        violations.add(root.relativize(source) + " imports " + pkg);
                    }
                }
            }
        }
        assertThat(violations).as("imports of another module's internal package").isEmpty();
    }

    private static Set<String> packagesOf(Path module) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String tree : List.of("src/main/java", "src/test/java")) {
            Path base = module.resolve(tree);
            if (Files.isDirectory(base)) {
                try (Stream<Path> files = Files.walk(base)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .map(f -> base.relativize(f.getParent()).toString().replace('/', '.'))
                            .forEach(packages::add);
                }
            }
        }
        return packages;
    }

    private static List<Path> javaFiles(Path module) throws IOException {
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }
}
