package no.farvel.batch;

import no.farvel.mail.Outbox;
import no.farvel.mail.LetterToSend;
import java.util.TreeMap;
import java.nio.file.LinkOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.farvel.batch.internal.CaseFolder;
import no.farvel.batch.internal.OutputFolder;
import no.farvel.batch.internal.RecordJob;
import no.farvel.batch.internal.SafeDir;
import no.farvel.core.digest.Sha256;
import no.farvel.core.validation.RecordIds;

/**
 * {@code manifest.jsonl}: one JSON line per record, appended and synced record by record so that a run killed at
 * any moment leaves every line but perhaps a torn last one, which reading skips. The file is made new in one step
 * and never opened through a link. Thread-safe.
 */
public final class Manifest implements Closeable {
    /** The manifest's file name inside the output folder. */
    public static final String FILE_NAME = "manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final Map<String, ManifestEntry> completed;
    private final Set<String> appended = new HashSet<>();
    /** The entry whose line was written last; assigned without allocating, so it holds even when memory ran out. */
    private ManifestEntry written;

    private Manifest(FileChannel channel, Map<String, ManifestEntry> completed) {
        this.channel = channel;
        this.completed = completed;
        // Jackson sets up its writers on first use. Done here, before any record is worked on, a record that later
        // fills the heap cannot break that set-up (NoClassDefFoundError) for every line the run still has to write.
        line(new ManifestEntry("-", ManifestEntry.OK, "-", List.of(new WrittenFile("-", "-", 0)), List.of(),
                List.of(new Problem("-", "-", "-", "-")), "-"));
    }

    /**
     * Starts an empty manifest in {@code outDir}, replacing any earlier one.
     *
     * @throws IOException naming the file when {@code manifest.jsonl} is a link, a FIFO or a folder
     */
    public static Manifest create(Path outDir) throws IOException {
        try (OutputFolder folder = OutputFolder.open(outDir)) {
            return create(folder);
        }
    }

    static Manifest create(OutputFolder folder) throws IOException {
        return new Manifest(folder.replaceWithEmpty(FILE_NAME), Map.of());
    }

    /**
     * Continues after an earlier run in {@code outDir}: remembers the records whose files are all there with the
     * hashes recorded (see {@link #completed()}) and starts the manifest afresh; the runner appends a line for each
     * record it reads, {@code skipped} for those, and {@link #carryOverUnseen()} keeps the rest.
     */
    public static Manifest resume(Path outDir) throws IOException {
        try (OutputFolder folder = OutputFolder.open(outDir)) {
            return resume(folder);
        }
    }

    static Manifest resume(OutputFolder folder) throws IOException {
        Map<String, ManifestEntry> intact = new LinkedHashMap<>();
        try (FileChannel earlier = folder.readIfPresent(FILE_NAME)) {
            if (earlier != null) {
                for (ManifestEntry entry : read(reader(earlier))) {
                    if (entry.isOk() && entry.id() != null && filesIntact(folder, entry)) {
                        intact.put(entry.id(), entry);
                    }
                }
            }
        }
        return new Manifest(folder.replaceWithEmpty(FILE_NAME), Map.copyOf(intact));
    }

    /** The records an earlier run finished whose files are intact, by id; empty unless resumed. */
    public Map<String, ManifestEntry> completed() {
        return completed;
    }

    /**
     * Appends one record's line and syncs it to disk before returning. The same entry given again right after (a
     * caller's retry after running out of memory once the line was written, with the same or an equal entry) is
     * synced and remembered, not written a second time.
     */
    public synchronized void append(ManifestEntry entry) throws IOException {
        Objects.requireNonNull(entry, "The parameter 'entry' must not be null");
        if (entry != written && !entry.equals(written)) {
            ByteBuffer bytes = ByteBuffer.wrap(line(entry).getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            written = entry;
        }
        channel.force(false);
        if (entry.id() != null) {
            appended.add(entry.id());
        }
    }

    /**
     * Appends, unchanged, the lines of the earlier run's intact records that this run has not written a line for
     * (records no longer in the input), so the manifest still lists every intact letter in the folder.
     */
    public synchronized void carryOverUnseen() throws IOException {
        for (ManifestEntry entry : completed.values()) {
            if (!appended.contains(entry.id())) {
                append(entry);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /**
     * Every whole line of a manifest file; a line that is not complete JSON (a torn last line) or is longer than
     * {@link BatchLimits#MAX_MANIFEST_LINE_CHARS} is skipped. A link, FIFO or folder is refused by name.
     */
    public static List<ManifestEntry> read(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (SafeDir dir = SafeDir.open(folder.toRealPath())) {
            String name = file.getFileName().toString();
            if (dir.attributes(name) == null) {
                return new ArrayList<>();
            }
            try (FileChannel channel = dir.read(name)) {
                return read(reader(channel));
            }
        }
    }

    /** UTF-8, with bytes that are not UTF-8 replaced so that such a line is merely skipped as not JSON. */
    private static Reader reader(FileChannel channel) {
        return Channels.newReader(channel, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE), -1);
    }

    private static List<ManifestEntry> read(Reader input) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            int c;
            while ((c = reader.read()) >= 0) {
                if (c != '\n') {
                    if (line.length() < BatchLimits.MAX_MANIFEST_LINE_CHARS) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                ManifestEntry entry = tooLong ? null : parse(line.toString());
                if (entry != null) {
                    entries.add(entry);
                }
                line.setLength(0);
                tooLong = false;
            }
            ManifestEntry last = tooLong ? null : parse(line.toString());
            if (last != null) {
                entries.add(last);
            }
        }
        return entries;
    }

    /**
     * Whether every file the entry lists is in the record's real folder, as a regular file of a name Farvel writes
     * ({@code letter.pdf}, never {@code ../x} or a link), with the size and hash recorded.
     */
    private static boolean filesIntact(OutputFolder folder, ManifestEntry entry) throws IOException {
        if (!RecordIds.isValid(entry.id()) || entry.files().isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        for (WrittenFile file : entry.files()) {
            if (!isLetterName(file.name()) || !names.add(file.name()) || file.size() < 0
                    || file.size() > BatchLimits.MAX_LETTER_FILE_BYTES) {
                return false;
            }
        }
        try (SafeDir record = folder.existingRecordFolder(entry.id())) {
            if (record == null) {
                return false;
            }
            for (WrittenFile file : entry.files()) {
                boolean inCase = CaseFolder.isListedName(file.name());
                if (inCase && record.attributes(CaseFolder.NAME) == null) {
                    return false;
                }
                try (SafeDir caseDir = inCase ? record.child(CaseFolder.NAME) : null) {
                    SafeDir in = inCase ? caseDir : record;
                    String name = inCase ? CaseFolder.fileName(file.name()) : file.name();
                    var attributes = in.attributes(name);
                    if (attributes == null || !attributes.isRegularFile() || attributes.size() != file.size()) {
                        return false;
                    }
                    try (FileChannel channel = in.read(name)) {
                        if (!Sha256.hex(channel).equals(file.sha256())) {
                            return false;
                        }
                    }
                }
            }
        } catch (SafeDir.RefusedEntryException e) {
            return false;
        }
        return true;
    }

    /**
     * The names a run writes in a record's folder: {@code letter.} and one of the formats, or a case file's file
     * such as {@code case/memo.pdf}.
     */
    private static boolean isLetterName(String name) {
        return name.startsWith("letter.") && RecordJob.availableFormats().contains(name.substring("letter.".length()))
                || CaseFolder.isListedName(name);
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

    /**
     * The e-mails {@code DIR/manifest.jsonl} lists as written ({@code ok} or {@code skipped} with a {@code letter.eml}),
     * each with the SHA-256 it was written with, in the order of their ids (a batch of several jobs writes its
     * manifest in no fixed order); a later line for an id replaces an earlier one. What {@code farvel send} delivers.
     *
     * @throws IOException when there is no manifest, or it is a symbolic link
     */
    public static List<LetterToSend> lettersToSend(Path dir) throws IOException {
        Path manifest = dir.resolve(FILE_NAME);
        if (Files.isSymbolicLink(manifest)) {
            throw new IOException(manifest + " is a symbolic link; Farvel does not follow links out of the output"
                    + " folder. Remove the link and write the folder again with farvel batch");
        }
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " has no " + FILE_NAME + "; farvel send delivers only letters that"
                    + " farvel batch or farvel render wrote with --formats eml");
        }
        Map<String, LetterToSend> letters = new TreeMap<>();
        for (ManifestEntry entry : read(manifest)) {
            if (entry.id() == null) {
                continue;
            }
            WrittenFile eml = entry.files().stream().filter(f -> f.name().equals(Outbox.LETTER_FILE)).findFirst()
                    .orElse(null);
            if (entry.isOk() && eml != null) {
                letters.put(entry.id(), new LetterToSend(entry.id(), eml.sha256()));
            } else {
                letters.remove(entry.id());
            }
        }
        return List.copyOf(letters.values());
    }
}
