package no.farvel.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code manifest.jsonl}: one JSON line per record, appended and synced record by record so that a run killed at
 * any moment leaves every line but perhaps a torn last one, which reading skips. Thread-safe.
 */
public final class Manifest implements Closeable {
    /** The manifest's file name inside the output folder. */
    public static final String FILE_NAME = "manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final Map<String, ManifestEntry> completed;

    private Manifest(FileChannel channel, Map<String, ManifestEntry> completed) {
        this.channel = channel;
        this.completed = completed;
    }

    /** Starts an empty manifest in {@code outDir}, replacing any earlier one. */
    public static Manifest create(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new Manifest(channel, Map.of());
    }

    /**
     * Continues the manifest in {@code outDir}: keeps the lines of records whose files are all there with the hashes
     * recorded, drops the rest (failed records, a torn last line, records whose files changed) so they are done
     * again, and appends after them.
     */
    public static Manifest resume(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Map<String, ManifestEntry> intact = new LinkedHashMap<>();
        for (ManifestEntry entry : read(file)) {
            if (entry.isOk() && entry.id() != null && filesIntact(outDir, entry)) {
                intact.put(entry.id(), entry);
            }
        }
        StringBuilder kept = new StringBuilder();
        for (ManifestEntry entry : intact.values()) {
            kept.append(line(entry));
        }
        WrittenFile rewritten = OutputWriter.write(outDir, FILE_NAME, kept.toString().getBytes(StandardCharsets.UTF_8));
        Objects.requireNonNull(rewritten);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Manifest(channel, Map.copyOf(intact));
    }

    /** The records an earlier run finished whose files are intact, by id; empty unless resumed. */
    public Map<String, ManifestEntry> completed() {
        return completed;
    }

    /** Appends one record's line and syncs it to disk before returning. */
    public synchronized void append(ManifestEntry entry) throws IOException {
        Objects.requireNonNull(entry, "The parameter 'entry' must not be null");
        ByteBuffer bytes = ByteBuffer.wrap(line(entry).getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Every whole line of a manifest file; a line that is not complete JSON (a torn last line) is skipped. */
    public static List<ManifestEntry> read(Path file) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                ManifestEntry entry = parse(line);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static boolean filesIntact(Path outDir, ManifestEntry entry) throws IOException {
        Path folder = outDir.resolve(entry.id()).normalize();
        if (!folder.startsWith(outDir.normalize()) || entry.files().isEmpty()) {
            return false;
        }
        for (WrittenFile file : entry.files()) {
            Path path = folder.resolve(file.name());
            if (!Files.isRegularFile(path) || Files.size(path) != file.size()
                    || !OutputWriter.sha256(path).equals(file.sha256())) {
                return false;
            }
        }
        return true;
    }

    static String line(ManifestEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entry.id());
        node.put("status", entry.status());
        node.put("source", entry.source());
        if (!entry.files().isEmpty()) {
            ArrayNode files = node.putArray("files");
            for (WrittenFile file : entry.files()) {
                files.addObject().put("name", file.name()).put("sha256", file.sha256()).put("size", file.size());
            }
        }
        problems(node, "violations", entry.violations());
        problems(node, "warnings", entry.warnings());
        if (entry.error() != null) {
            node.put("error", entry.error());
        }
        return node.toString() + "\n";
    }

    private static void problems(ObjectNode node, String field, List<Problem> problems) {
        if (!problems.isEmpty()) {
            ArrayNode array = node.putArray(field);
            for (Problem problem : problems) {
                array.addObject().put("where", problem.where()).put("path", problem.path())
                        .put("code", problem.code()).put("message", problem.message());
            }
        }
    }

    private static List<Problem> problems(JsonNode node) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode v : node) {
            problems.add(new Problem(v.path("where").asText(), v.path("path").asText(), v.path("code").asText(),
                    v.path("message").asText()));
        }
        return problems;
    }

    private static ManifestEntry parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject() || !node.path("status").isTextual()) {
                return null;
            }
            List<WrittenFile> files = new ArrayList<>();
            for (JsonNode file : node.path("files")) {
                files.add(new WrittenFile(file.path("name").asText(), file.path("sha256").asText(),
                        file.path("size").asLong()));
            }
            return new ManifestEntry(text(node, "id"), node.get("status").asText(), text(node, "source"), files,
                    problems(node.path("violations")), problems(node.path("warnings")), text(node, "error"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
