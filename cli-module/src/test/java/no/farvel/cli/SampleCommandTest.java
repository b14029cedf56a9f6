package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.farvel.core.ReasonType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() throws IOException {
        Cli.Run run = Cli.run("sample", "--count", "20", "--seed", "42", "--out", dir.resolve("a.jsonl").toString());
        Cli.run("sample", "--count", "20", "--seed", "42", "--out", dir.resolve("b.jsonl").toString());
        Cli.run("sample", "--count", "20", "--seed", "43", "--out", dir.resolve("c.jsonl").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(dir.resolve("a.jsonl").toString(), "20 records");
        assertThat(dir.resolve("a.jsonl")).hasSameBinaryContentAs(dir.resolve("b.jsonl"));
        assertThat(Files.readString(dir.resolve("c.jsonl"))).isNotEqualTo(Files.readString(dir.resolve("a.jsonl")));
    }

    @Test
    void aSetMixesTheLanguagesShowsEveryReasonAndZeroToFortyInvoices() {
        List<ObjectNode> records = TestFiles.readJsonLines(TestFiles.sample(dir.resolve("s.jsonl"), 24));

        Set<String> locales = new HashSet<>();
        Set<String> reasons = new HashSet<>();
        Set<Integer> invoiceCounts = new HashSet<>();
        for (ObjectNode record : records) {
            locales.add(record.get("locale").asText());
            record.get("reasons").forEach(r -> reasons.add(r.get("type").asText()));
            invoiceCounts.add(record.path("finalInvoices").size());
        }
        assertThat(locales).containsExactlyInAnyOrder("nb", "nn", "en");
        assertThat(reasons).containsExactlyInAnyOrder(
                java.util.Arrays.stream(ReasonType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(invoiceCounts).contains(0, 40).allMatch(n -> n >= 0 && n <= 40);
        assertThat(records).extracting(r -> r.get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void everyGeneratedRecordIsValid() {
        Path file = TestFiles.sample(dir.resolve("s.jsonl"), 60);

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.errLines()).isEmpty();
        assertThat(run.outLines()).containsExactly("60 records, 60 valid, 0 invalid");
    }

    @Test
    void csvGoesWithItsListFilesAndCanLeaveTheProviderOut() throws IOException {
        Cli.Run run = Cli.run("sample", "--count", "3", "--without-provider", "--out",
                dir.resolve("clients.csv").toString());

        assertThat(run.outLines()).containsExactly(dir.resolve("clients.csv").toString(),
                dir.resolve("reasons.csv").toString(), dir.resolve("steps.csv").toString(),
                dir.resolve("invoices.csv").toString(), dir.resolve("refunds.csv").toString(), "3 records");
        String header = Files.readAllLines(dir.resolve("clients.csv")).get(0);
        assertThat(header).startsWith("id,locale,letterDate,effectiveDate,reference.ours,").doesNotContain("provider");
        assertThat(Files.readAllLines(dir.resolve("invoices.csv")).get(0))
                .isEqualTo("id,number,issued,due,amount,currency,kid,status");
    }

    @Test
    void theBundledSamplesAreWhatSeedOneMakes() throws IOException {
        Path bundled = Path.of(System.getProperty("farvel.root", "..")).resolve("samples/data/clients.jsonl");

        Cli.run("sample", "--count", "12", "--seed", "1", "--out", dir.resolve("clients.jsonl").toString());

        assertThat(dir.resolve("clients.jsonl")).hasSameTextualContentAs(bundled);
        JsonNode first = TestFiles.readJsonLines(bundled).get(0);
        assertThat(first.get("provider").get("name").asText()).isNotBlank();
    }
}
