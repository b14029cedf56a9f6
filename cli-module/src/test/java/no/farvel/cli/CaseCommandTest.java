package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.WrittenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farvel case} and {@code farvel batch --case}: the case file beside the letters, in the manifest. */
class CaseCommandTest {
    private static final List<String> CASE_FILES = List.of("case/memo.pdf", "case/memo.docx", "case/follow-up.ics",
            "case/replies.docx", "case/reply-negotiation.txt", "case/reply-reasons.txt", "case/reply-invoice.txt",
            "case/reply-extension.txt", "case/reply-complaint.txt", "case/reply-hostile.txt", "case/debrief.docx");

    @TempDir
    Path dir;

    @Test
    void writesTheCaseFileOfOneDocumentAloneAndListsItWithHashes() throws IOException {
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("case", RenderCommandTest.sharedExample("nb-sen-betaling.json").toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path record = out.resolve("fjordkraft-demo-2026");
        assertThat(run.outLines()).containsExactlyElementsOf(CASE_FILES.stream()
                .map(name -> record.resolve(name).toString()).toList());
        assertThat(TestFiles.assertConsistent(out)).containsExactly("fjordkraft-demo-2026");
        try (Stream<Path> files = Files.list(record)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("case");
        }
        assertThat(Files.readString(record.resolve("case/memo.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Files.readString(record.resolve("case/follow-up.ics"))).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:fjordkraft-demo-2026.effective@").contains("BEGIN:VALARM");
        assertThat(Files.readString(record.resolve("case/reply-hostile.txt"))).contains("Vi har mottatt meldingen deres.")
                .contains("Med vennlig hilsen");
    }

    @Test
    void batchWithCaseWritesEachCaseFileBesideTheLettersAndTheEmailNeverCarriesTheMemo() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 3);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--case", "--formats", "pdf,eml",
                "--jobs", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> ids = TestFiles.assertConsistent(out);
        assertThat(ids).hasSize(3);
        for (ManifestEntry entry : Manifest.read(out.resolve(Manifest.FILE_NAME))) {
            List<String> names = entry.files().stream().map(WrittenFile::name).toList();
            assertThat(names).as(entry.id()).contains("letter.pdf", "letter.eml", "case/memo.pdf",
                    "case/follow-up.ics", "case/debrief.docx", "case/reply-hostile.txt");
            String eml = Files.readString(out.resolve(entry.id()).resolve("letter.eml"), StandardCharsets.UTF_8);
            assertThat(eml).as("the client's e-mail of " + entry.id()).doesNotContain("memo", "Beslutningsnotat",
                    "Avgjerdsnotat", "Decision memo", "INTERNT", "INTERNAL");
        }
    }

    @Test
    void resumingWithCaseWritesTheCaseFilesAnEarlierRunWithoutItLeftOutThenSkips() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 2);
        Path out = dir.resolve("out");
        assertThat(Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt").exitCode())
                .isZero();

        Cli.Run withCase = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt", "--case",
                "--resume");
        Cli.Run again = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt", "--case",
                "--resume");

        assertThat(withCase.exitCode()).as(withCase.err()).isZero();
        assertThat(withCase.out()).contains("2 done, 0 failed, 0 skipped");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("2 skipped");
        assertThat(TestFiles.assertConsistent(out)).hasSize(2);
        assertThat(Manifest.read(out.resolve(Manifest.FILE_NAME))).allSatisfy(entry -> assertThat(entry.files())
                .extracting(WrittenFile::name).contains("letter.txt", "case/memo.pdf"));
    }

    @Test
    void anInvalidRecordGetsNoCaseFileAndTheOthersStillDo() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 2);
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        String broken = lines.get(0).replaceFirst("\"effectiveDate\":\"[^\"]*\",", "");
        TestFiles.writeJsonLines(input, List.of(broken, lines.get(1)));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--case", "--formats", "txt");

        assertThat(run.exitCode()).isEqualTo(1);
        List<ManifestEntry> entries = Manifest.read(out.resolve(Manifest.FILE_NAME));
        // Two workers may finish the records in either order.
        assertThat(entries).extracting(ManifestEntry::status)
                .containsExactlyInAnyOrder(ManifestEntry.FAILED, ManifestEntry.OK);
        for (ManifestEntry entry : entries) {
            if (entry.status().equals(ManifestEntry.FAILED)) {
                assertThat(out.resolve(entry.id()).resolve("case")).as(entry.id()).doesNotExist();
            } else {
                assertThat(out.resolve(entry.id()).resolve("case/memo.pdf")).as(entry.id()).exists();
            }
        }
    }
}
