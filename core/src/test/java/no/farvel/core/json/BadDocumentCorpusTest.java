package no.farvel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document in {@code bad/} (listed in {@code bad/expected.tsv}) is read without an exception escaping. Broken
 * ones give an error containing the expected text; those marked VALID-PARSE parse and are left to the validator.
 */
class BadDocumentCorpusTest {
    private static final String VALID_PARSE = "VALID-PARSE";
    private static final String DEEP = "{\"transition\": {\"items\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
    private static final String HUGE = "{\"id\": \"a\", \"client\": {\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}}";

    /** Hostile documents too big to check in; made at test time. */
    private static final Map<String, String> GENERATED = Map.of(
            "generated-deep-nesting.json", DEEP,
            "generated-deep-nesting.jsonl", DEEP + "\n",
            "generated-huge-string.json", HUGE,
            "generated-huge-line.jsonl", HUGE + "\n",
            "generated-huge-field-name.json", "{\"" + "x".repeat(5_000) + "\": 1}");

    @TempDir
    static Path generatedDir;

    private final TerminationReader reader = TerminationReader.create();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(badDir().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            rows.add(Arguments.of(columns[0], columns[1]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadDocumentIsReportedWithoutAnExceptionEscaping(String name, String expected) throws IOException {
        Path file = file(name);

        List<ReadResult> results = assertDoesNotThrow(() -> readAll(file));

        assertThat(results).isNotEmpty();
        if (expected.equals(VALID_PARSE)) {
            assertThat(results).allSatisfy(r -> assertThat(r.error()).as(name).isNull());
        } else {
            ReadError first = results.stream().filter(r -> !r.isOk()).findFirst().orElseThrow().error();
            assertThat(first.describe()).startsWith(file.toString()).contains(expected);
        }
    }

    @Test
    void theCorpusCoversEnoughCasesAndListsEveryFile() throws IOException {
        List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(badDir())) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("expected.tsv")).toList();
        }

        assertThat(listed).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(listed).containsAll(present).containsAll(GENERATED.keySet());
    }

    private static Path file(String name) throws IOException {
        String generated = GENERATED.get(name);
        if (generated == null) {
            return badDir().resolve(name);
        }
        Path file = generatedDir.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        return file;
    }

    private static Path badDir() {
        URL url = BadDocumentCorpusTest.class.getResource("/bad/expected.tsv");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReadResult> readAll(Path file) {
        List<ReadResult> results = new ArrayList<>();
        try (RecordStream records = reader.open(file)) {
            records.forEach(results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }
}
