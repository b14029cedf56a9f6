package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.OutputWriter;
import no.farvel.batch.WrittenFile;

/** Sample inputs and checks on output folders, shared by the command tests. */
final class TestFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROVIDER = """
            {
              "name": "Nordlys Regnskap AS",
              "orgNumber": "952601814",
              "address": { "lines": ["Kongens gate 2"], "postalCode": "0153", "city": "Oslo", "country": "NO" },
              "email": "post@nordlys.example",
              "bankAccount": "15039603087",
              "signatory": { "name": "Ola Hansen", "title": "Daglig leder" }
            }
            """;

    private TestFiles() {
    }

    /** Writes {@code count} sample records with seed 7 to {@code file}, in the format its name says. */
    static Path sample(Path file, int count, String... extra) {
        List<String> args = new ArrayList<>(List.of("sample", "--count", String.valueOf(count), "--seed", "7",
                "--out", file.toString()));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    static List<ObjectNode> readJsonLines(Path file) {
        try {
            List<ObjectNode> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                records.add((ObjectNode) JSON.readTree(line));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeJsonLines(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks an output folder is consistent: every manifest line whole, one ok line per id, each file there with the
     * hash and size recorded, and no temporary file anywhere. Returns the ok ids in manifest order.
     */
    static List<String> assertConsistent(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
        List<ManifestEntry> entries = Manifest.read(out.resolve(Manifest.FILE_NAME));
        assertThat(entries).as("every manifest line is whole JSON").hasSize(lines.size());
        List<String> okIds = entries.stream().filter(ManifestEntry::isOk).map(ManifestEntry::id).toList();
        assertThat(okIds).as("one ok line per id").doesNotHaveDuplicates();
        for (ManifestEntry entry : entries) {
            for (WrittenFile file : entry.files()) {
                Path path = out.resolve(entry.id()).resolve(file.name());
                assertThat(path).exists();
                assertThat(Files.size(path)).as(path.toString()).isEqualTo(file.size());
                assertThat(OutputWriter.sha256(path)).as(path.toString()).isEqualTo(file.sha256());
            }
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList())
                    .as("temporary files").isEmpty();
        }
        return okIds;
    }
}
