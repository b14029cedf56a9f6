package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Path plantBlame() {
        List<ObjectNode> records = TestFiles.readJsonLines(TestFiles.sample(dir.resolve("s.jsonl"), 4));
        ((ObjectNode) records.get(1).get("closing")).put("personalNote", "The delays were entirely your fault.");
        return TestFiles.write(dir.resolve("clients.jsonl"),
                String.join("\n", records.stream().map(ObjectNode::toString).toList()) + "\n");
    }

    @Test
    void reportsBlameOnceAtTheFieldNotAgainInTheLetterAndFails() {
        Path input = plantBlame();
        String id = TestFiles.readJsonLines(input).get(1).get("id").asText();

        Cli.Run run = Cli.run("check", input.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String blame = "\"your fault\" blames the recipient. Describe what happened without assigning blame. "
                + "Instead, for example: 'the matter has not been resolved'.";
        assertThat(run.errLines()).contains(input + ":2 id=" + id + " closing.personalNote: " + blame)
                .noneMatch(line -> line.contains("letter: \"The delays were entirely your fault.\""));
        assertThat(run.outLines().get(0)).matches("4 records: \\d pass, \\d with warnings, 1 fail");
    }

    @Test
    void theBatchHoldsBackALetterTheGuideCheckFailsUnlessFindingsAreAllowed() throws Exception {
        Path input = plantBlame();
        String id = TestFiles.readJsonLines(input).get(1).get("id").asText();

        Cli.Run held = Cli.run("batch", input.toString(), "--out", dir.resolve("held").toString(), "--formats", "txt");
        Cli.Run allowed = Cli.run("batch", input.toString(), "--out", dir.resolve("allowed").toString(), "--formats",
                "txt", "--allow-findings");

        assertThat(held.exitCode()).isEqualTo(1);
        assertThat(held.outLines().get(0)).startsWith("3 done, 1 failed, 0 skipped in ");
        assertThat(dir.resolve("held").resolve(id)).doesNotExist();
        assertThat(allowed.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("allowed").resolve(id).resolve("letter.txt")))
                .contains("entirely your fault");
        ManifestEntry entry = Manifest.read(dir.resolve("allowed").resolve(Manifest.FILE_NAME)).stream()
                .filter(e -> id.equals(e.id())).findFirst().orElseThrow();
        assertThat(entry.warnings()).extracting(p -> p.code()).contains("BLAME");
    }

    @Test
    void aRerunWithdrawsTheEarlierLettersOfARecordThatNowFailsSoTheyCannotBeSent() throws Exception {
        Path clean = TestFiles.sample(dir.resolve("clean.jsonl"), 4);
        Path blamed = plantBlame();
        String id = TestFiles.readJsonLines(blamed).get(1).get("id").asText();
        Path out = dir.resolve("out");

        assertThat(Cli.run("batch", clean.toString(), "--out", out.toString(), "--formats", "pdf,txt").exitCode())
                .isZero();
        assertThat(out.resolve(id).resolve("letter.pdf")).exists();
        Cli.Run rerun = Cli.run("batch", blamed.toString(), "--out", out.toString(), "--formats", "txt");

        assertThat(rerun.exitCode()).isEqualTo(1);
        try (var left = Files.list(out.resolve(id))) {
            assertThat(left).isEmpty();
        }
        String other = TestFiles.readJsonLines(blamed).get(0).get("id").asText();
        try (var left = Files.list(out.resolve(other))) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("letter.txt");
        }
    }

    @Test
    void theBundledSamplesPass() {
        Path samples = Path.of(System.getProperty("farvel.root", "..")).resolve("samples/data/clients.jsonl");

        Cli.Run run = Cli.run("check", samples.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).allMatch(line -> line.contains(": warning: ") || line.contains(" warning: "));
    }
}
