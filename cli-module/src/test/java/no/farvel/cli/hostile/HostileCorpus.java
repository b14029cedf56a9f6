package no.farvel.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each case of a family of hostile inputs through the real command line in a child JVM with a small heap, and
 * checks what every case must show: the exit code and the error lines expected; no stack trace; every line of output
 * a line Farvel wrote (none forged by data); the manifest says what became of each record; and nothing changed
 * outside the output folder, which the sentinel folder {@code outside/} beside it proves. A hanging case fails.
 */
abstract class HostileCorpus {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsWithAClearErrorAndNothingOutsideTheOutputFolder(HostileCase hostile) throws Exception {
        Sandbox sandbox = new Sandbox(Files.createDirectories(temp.resolve("case")));
        try {
            hostile.setup().prepare(sandbox);
            runAndCheck(sandbox, hostile);
        } finally {
            sandbox.cleanUp();
        }
    }

    private static void runAndCheck(Sandbox sandbox, HostileCase hostile) throws Exception {
        Map<String, String> outside = Sandbox.snapshot(sandbox.outside);
        Set<String> top = topLevel(sandbox.root);

        FarvelProcess.Result result = FarvelProcess.run(sandbox.root, hostile.heap(), hostile.args());

        String shown = "farvel " + String.join(" ", hostile.args()) + "\n--- stdout\n" + result.out()
                + "--- stderr\n" + result.err();
        assertThat(result.exitCode()).as(shown).isEqualTo(hostile.exitCode());
        String out = Files.isDirectory(sandbox.out) ? sandbox.out.toRealPath().toString() : sandbox.out.toString();
        for (String fragment : hostile.lines()) {
            String expected = fragment.replace("{out}", out);
            assertThat(result.lines()).as(shown).anySatisfy(line -> assertThat(line).contains(expected));
        }
        assertThat(result.out() + result.err()).as("no stack trace: " + shown)
                .doesNotContain("\tat ", "Exception in thread", "Caused by:", "java.lang.", "at java.base/");
        assertThat(result.errLines()).as("every error line is Farvel's own, none forged by data: " + shown)
                .allSatisfy(line -> assertThat(line).startsWith(linePrefix(line)));
        assertThat(Sandbox.snapshot(sandbox.outside)).as("the sentinel folder beside the output folder")
                .isEqualTo(outside);
        Set<String> after = topLevel(sandbox.root);
        after.remove("out");
        top.remove("out");
        assertThat(after).as("nothing written beside the output folder").isEqualTo(top);
        checkManifest(sandbox, hostile, shown);
        if (hostile.then() != null) {
            hostile.then().verify(sandbox, result);
        }
    }

    /** Farvel's error lines start with "farvel: " or the input's location (the inputs are all under in/). */
    private static String linePrefix(String line) {
        return line.startsWith("farvel: ") ? "farvel: " : "in/";
    }

    private static void checkManifest(Sandbox sandbox, HostileCase hostile, String shown) throws IOException {
        Path manifest = sandbox.out.resolve("manifest.jsonl");
        if (hostile.manifest() == null) {
            return;
        }
        assertThat(manifest).as(shown).isRegularFile();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            JsonNode entry = Records.JSON.readTree(line);
            lines.add(entry.path("source").asText() + " " + entry.path("status").asText());
        }
        assertThat(lines).as("one manifest line per record read: " + shown)
                .containsExactlyInAnyOrderElementsOf(hostile.manifest());
    }

    private static Set<String> topLevel(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return new java.util.TreeSet<>(entries.map(p -> p.getFileName().toString()).toList());
        }
    }
}
