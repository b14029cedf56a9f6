package no.farvel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void appendsOneJsonLinePerRecord() throws IOException {
        WrittenFile file = OutputWriter.write(dir.resolve("acme"), "letter.txt", "hei".getBytes(StandardCharsets.UTF_8));
        try (Manifest manifest = Manifest.create(dir)) {
            manifest.append(new ManifestEntry("acme", ManifestEntry.OK, "clients.csv:2", List.of(file), null, null, null));
            manifest.append(new ManifestEntry("bad", ManifestEntry.FAILED, "clients.csv:3", null,
                    List.of(new Problem("clients.csv:3", "client.orgNumber", "INVALID_ORG_NUMBER",
                            "'987654321' fails the MOD11 check for organisation numbers")), null, null));
        }

        assertThat(Files.readAllLines(dir.resolve("manifest.jsonl"))).containsExactly(
                "{\"id\":\"acme\",\"status\":\"ok\",\"source\":\"clients.csv:2\",\"files\":[{\"name\":\"letter.txt\","
                        + "\"sha256\":\"" + file.sha256() + "\",\"size\":3}]}",
                "{\"id\":\"bad\",\"status\":\"failed\",\"source\":\"clients.csv:3\",\"violations\":[{\"where\":"
                        + "\"clients.csv:3\",\"path\":\"client.orgNumber\",\"code\":\"INVALID_ORG_NUMBER\",\"message\":"
                        + "\"'987654321' fails the MOD11 check for organisation numbers\"}]}");
    }

    /**
     * The batch's ledger appends an entry again when it ran out of memory beside a greedy record, which can happen
     * after the line is already on disk (BatchAccountingTest saw 'a-1' listed twice): the retry writes no second line.
     */
    @Test
    void theSameEntryAppendedAgainAfterAFailedAttemptIsWrittenOnce() throws IOException {
        try (Manifest manifest = Manifest.create(dir)) {
            manifest.append(new ManifestEntry("a-1", ManifestEntry.FAILED, "in.jsonl:1", null, null, null, "x"));
            manifest.append(new ManifestEntry("a-1", ManifestEntry.FAILED, "in.jsonl:1", null, null, null, "x"));
            manifest.append(new ManifestEntry("a-2", ManifestEntry.FAILED, "in.jsonl:2", null, null, null, "x"));
        }

        assertThat(Manifest.read(dir.resolve("manifest.jsonl"))).extracting(ManifestEntry::id)
                .containsExactly("a-1", "a-2");
    }

    @Test
    void resumeKeepsIntactRecordsAndDropsFailedChangedAndTornLines() throws IOException {
        WrittenFile kept = OutputWriter.write(dir.resolve("kept"), "letter.txt", "one".getBytes(StandardCharsets.UTF_8));
        WrittenFile changed = OutputWriter.write(dir.resolve("changed"), "letter.txt",
                "two".getBytes(StandardCharsets.UTF_8));
        try (Manifest manifest = Manifest.create(dir)) {
            manifest.append(new ManifestEntry("kept", ManifestEntry.OK, "in.jsonl:1", List.of(kept), null, null, null));
            manifest.append(new ManifestEntry("changed", ManifestEntry.OK, "in.jsonl:2", List.of(changed), null, null, null));
            manifest.append(new ManifestEntry("failed", ManifestEntry.FAILED, "in.jsonl:3", null, null, null, "broken"));
        }
        Files.writeString(dir.resolve("changed/letter.txt"), "TWO");
        Files.writeString(dir.resolve("manifest.jsonl"), "{\"id\":\"torn\",\"sta", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        try (Manifest manifest = Manifest.resume(dir)) {
            assertThat(manifest.completed()).containsOnlyKeys("kept");
            manifest.append(new ManifestEntry("changed", ManifestEntry.OK, "in.jsonl:2", List.of(changed), null,
                    null, null));
            manifest.carryOverUnseen();
        }

        assertThat(Manifest.read(dir.resolve("manifest.jsonl"))).extracting(ManifestEntry::id)
                .containsExactly("changed", "kept");
    }

    @Test
    void readingSkipsATornLastLine() throws IOException {
        Files.writeString(dir.resolve("manifest.jsonl"), "{\"id\":\"a\",\"status\":\"ok\",\"source\":\"x:1\"}\n"
                + "{\"id\":\"b\",\"status\":\"o");

        assertThat(Manifest.read(dir.resolve("manifest.jsonl"))).extracting(ManifestEntry::id).containsExactly("a");
    }
}
