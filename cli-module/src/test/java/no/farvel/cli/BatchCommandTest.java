package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesALetterFolderPerRecordAndAManifestLinePerRecord() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 6);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "pdf,txt");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).isEmpty();
        assertThat(run.outLines()).singleElement().asString()
                .matches("6 done, 0 failed, 0 skipped in \\d+\\.\\d s \\(\\d+\\.\\d letters/s\\); letters in "
                        + java.util.regex.Pattern.quote(out.toString()) + "(; \\d letters? ha(s|ve) warnings, listed in "
                        + java.util.regex.Pattern.quote(out.resolve("manifest.jsonl").toString()) + ")?");
        List<String> ids = TestFiles.readJsonLines(input).stream().map(r -> r.get("id").asText()).toList();
        assertThat(TestFiles.assertConsistent(out)).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(out.resolve(id).resolve("letter.pdf")).exists();
            assertThat(Files.readString(out.resolve(id).resolve("letter.txt"))).isNotBlank();
        }
    }

    @Test
    void aBadRecordIsReportedExactlyAndEveryGoodOneIsStillWritten() throws IOException {
        Path sample = TestFiles.sample(dir.resolve("sample.jsonl"), 12);
        List<ObjectNode> records = TestFiles.readJsonLines(sample);
        List<String> lines = new ArrayList<>();
        for (ObjectNode record : records) {
            lines.add(record.toString());
        }
        ((ObjectNode) records.get(2).get("client")).put("orgNumber", "987654321");
        lines.set(2, records.get(2).toString());
        lines.set(5, "{\"id\": \"broken\", \"locale\": \"nb\", ");
        ObjectNode copy = records.get(1).deepCopy();
        lines.set(8, copy.toString());
        ((ObjectNode) records.get(10)).put("locale", "sv");
        lines.set(10, records.get(10).toString());
        Path input = dir.resolve("clients.jsonl");
        TestFiles.writeJsonLines(input, lines);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt", "--jobs", "3");

        assertThat(run.exitCode()).isEqualTo(1);
        String id2 = records.get(1).get("id").asText();
        String id3 = records.get(2).get("id").asText();
        assertThat(run.errLines()).containsExactlyInAnyOrder(
                input + ":3 id=" + id3 + " client.orgNumber: '987654321' fails the MOD11 check for organisation numbers",
                input + ":6:34 invalid JSON: the input ends before the document is complete (a closing '}', ']' or "
                        + "'\"' is missing); in JSON Lines each document must be on one line",
                input + ":9 id=" + id2 + " id: '" + id2 + "' is already the id of the record at " + input
                        + ":2; give each record its own id",
                input + ":11:" + (records.get(10).toString().indexOf("\"sv\"") + 1)
                        + " locale: 'sv' is not a letter locale: use one of nb, nn, en");
        assertThat(run.outLines().get(0)).startsWith("8 done, 4 failed, 0 skipped in ");
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i != 2 && i != 5 && i != 8 && i != 10) {
                good.add(records.get(i).get("id").asText());
            }
        }
        assertThat(TestFiles.assertConsistent(out)).containsExactlyInAnyOrderElementsOf(good);
        for (String id : good) {
            assertThat(out.resolve(id).resolve("letter.txt")).isNotEmptyFile();
        }
        assertThat(out.resolve(id3)).doesNotExist();
        List<ManifestEntry> failed = Manifest.read(out.resolve(Manifest.FILE_NAME)).stream()
                .filter(e -> !e.isOk()).toList();
        assertThat(failed).extracting(ManifestEntry::source).containsExactlyInAnyOrder(
                input + ":3", input + ":6", input + ":9", input + ":11");
        assertThat(failed).filteredOn(e -> (input + ":3").equals(e.source())).singleElement()
                .satisfies(e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo("INVALID_ORG_NUMBER")));
    }

    @Test
    void resumeLeavesIntactRecordsAloneAndRedoesChangedOnes() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 5);
        Path out = dir.resolve("out");
        assertThat(Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt").exitCode())
                .isZero();
        String tampered = TestFiles.readJsonLines(input).get(3).get("id").asText();
        Files.writeString(out.resolve(tampered).resolve("letter.txt"), "changed by hand");
        Files.writeString(out.resolve(tampered).resolve(".letter.txt.1234.tmp"), "left by a killed run");
        Files.writeString(out.resolve(Manifest.FILE_NAME), "{\"id\":\"torn", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt", "--resume");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("1 done, 0 failed, 4 skipped in ");
        assertThat(Files.readString(out.resolve(tampered).resolve("letter.txt"))).isNotEqualTo("changed by hand");
        assertThat(TestFiles.assertConsistent(out)).hasSize(5);
    }

    @Test
    void withoutResumeEveryRecordIsWrittenAgain() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 3);
        Path out = dir.resolve("out");
        Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt");

        assertThat(run.outLines().get(0)).startsWith("3 done, 0 failed, 0 skipped in ");
        assertThat(Files.readAllLines(out.resolve(Manifest.FILE_NAME))).hasSize(3);
    }

    @Test
    void theProviderFileFillsInRecordsWithoutOne() throws IOException {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 2, "--without-provider");
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);
        Path out = dir.resolve("out");

        Cli.Run without = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt");
        Cli.Run with = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "txt",
                "--provider", provider.toString());

        assertThat(without.exitCode()).isEqualTo(1);
        String id = TestFiles.readJsonLines(input).get(0).get("id").asText();
        assertThat(without.errLines()).contains(input + ":1 id=" + id + " provider: is required; give it in the "
                + "record, or once for every record with --provider FILE");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(Files.readString(out.resolve(id).resolve("letter.txt"))).contains("Nordlys Regnskap AS");
    }

    @Test
    void aBadProviderFileIsNamedWithLineAndField() {
        Path provider = TestFiles.write(dir.resolve("provider.json"), "{\n  \"name\": \"Nordlys\",\n  \"fax\": 1\n}\n");

        Cli.Run run = Cli.run("batch", "clients.jsonl", "--out", dir.toString(), "--provider", provider.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("farvel: " + provider + ":3:3 provider: unknown field 'fax' "
                + "(allowed: address, bankAccount, bic, businessRegister, email, iban, name, orgNumber, phone, "
                + "signatory, vatRegistered, website)");
    }

    @Test
    void aMissingInputIsAUsageError() {
        Cli.Run run = Cli.run("batch", dir.resolve("nope.csv").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("farvel: " + dir.resolve("nope.csv") + ": no such file");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 1);

        Cli.Run run = Cli.run("batch", input.toString(), "--out", dir.resolve("out").toString(), "--formats", "odt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("farvel: Unknown format 'odt': choose from ");
    }

    @Test
    void aLimitBelowOneIsAUsageErrorNamingTheOption() {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 1);

        Cli.Run run = Cli.run("batch", input.toString(), "--out", dir.resolve("out").toString(), "--max-findings",
                "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("farvel: Invalid value for option '--max-findings': '0' is not a "
                + "limit; use 1 or more");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aStackTraceOnlyWithVerbose() {
        Path input = TestFiles.write(dir.resolve("clients.txt"), "hello");

        Cli.Run quiet = Cli.run("batch", input.toString(), "--out", dir.resolve("out").toString());
        Cli.Run verbose = Cli.run("batch", input.toString(), "--out", dir.resolve("out").toString(), "--verbose");

        assertThat(quiet.errLines()).containsExactly("farvel: '" + input
                + "' is not an input Farvel reads: use .json, .jsonl, .csv or .xlsx");
        assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
        assertThat(verbose.err()).contains("\tat no.farvel.batch.input.RecordSource.open(");
    }

    @Test
    void aCsvRowThatCannotBeParsedEndsTheInputAsAFailedRecordAfterTheRowsBeforeIt() throws IOException {
        Path input = TestFiles.write(dir.resolve("m.csv"), "id,locale\na-1,nb\nb-2,\"nn\"x\nc-3,en\n");

        Cli.Run run = Cli.run("batch", input.toString(), "--out", dir.resolve("out").toString(), "--formats", "txt");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).contains(input + ":2 id=a-1 effectiveDate: is required",
                input + ":3 cannot be read as CSV (Invalid character between encapsulated token and delimiter at "
                        + "line: 3, position: 26); check the quotes in that row; the rows after it were not read");
        assertThat(run.outLines().get(0)).startsWith("0 done, 2 failed, 0 skipped in ");
        assertThat(Manifest.read(dir.resolve("out").resolve(Manifest.FILE_NAME)))
                .extracting(ManifestEntry::source, ManifestEntry::status)
                .containsExactlyInAnyOrder(tuple(input + ":2", "failed"), tuple(input + ":3", "failed"));
    }
}
