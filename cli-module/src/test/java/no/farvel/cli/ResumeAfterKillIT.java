package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL part-way, then run again with --resume, ends with every letter written once, whole,
 * and a manifest that records each exactly once with the right hashes.
 */
class ResumeAfterKillIT {
    private static final int COUNT = 80;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledPartWayAndResumedEndsWithEveryLetterWholeAndRecordedOnce() throws Exception {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), COUNT);
        Path out = dir.resolve("out");
        Path manifest = out.resolve(Manifest.FILE_NAME);
        Path jar = Path.of(System.getProperty("farvel.jar", "target/farvel.jar"));
        Process batch = new ProcessBuilder("java", "-jar", jar.toString(), "batch", input.toString(), "--out",
                out.toString(), "--jobs", "1", "--formats", "pdf,txt")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (lines(manifest) < 5 && batch.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(batch.isAlive()).as("the batch is still running when it is killed").isTrue();
        batch.destroyForcibly();
        assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int before = lines(manifest);
        assertThat(before).as("killed part-way").isBetween(5, COUNT - 1);

        Cli.Run resumed = Cli.run("batch", input.toString(), "--out", out.toString(), "--jobs", "4", "--formats",
                "pdf,txt", "--resume");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.errLines()).isEmpty();
        String summary = resumed.outLines().get(0);
        int skipped = Integer.parseInt(summary.replaceAll(".* failed, (\\d+) skipped.*", "$1"));
        int done = Integer.parseInt(summary.replaceAll("^(\\d+) done.*", "$1"));
        assertThat(skipped).isGreaterThanOrEqualTo(before - 1);
        assertThat(done + skipped).isEqualTo(COUNT);
        List<String> ids = TestFiles.readJsonLines(input).stream().map(r -> r.get("id").asText()).toList();
        assertThat(TestFiles.assertConsistent(out)).containsExactlyInAnyOrderElementsOf(ids);
        List<ManifestEntry> entries = Manifest.read(manifest);
        assertThat(entries).hasSize(COUNT).allMatch(ManifestEntry::isOk);
        for (String id : ids) {
            String pdf = Files.readString(out.resolve(id).resolve("letter.pdf"), StandardCharsets.ISO_8859_1);
            assertThat(pdf).as(id).startsWith("%PDF-").endsWith("%%EOF\n");
        }
    }

    private static int lines(Path manifest) throws java.io.IOException {
        if (!Files.exists(manifest)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(manifest);
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }
}
