package no.farvel.mail;

import static no.farvel.mail.GreenMailDeliveryTest.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxDryRunTest {

    @Test
    void aDryRunListsWhatWouldBeSentAndSendsNothing(@TempDir Path dir) throws Exception {
        Path out = outbox(dir.resolve("out"), 3);
        Path journalFile = dir.resolve("delivery.jsonl");
        try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
            journal.append(new JournalEntry(Instant.now(), "<termination.kunde-2@nordlys.example>",
                    List.of("kunde2@fjordkraft.example"), null, null, DeliveryStatus.ACCEPTED, "250 OK", 1));

            OutboxResult result = Outbox.in(out).dryRun(journal);

            assertThat(result.wouldSend()).extracting(OutgoingLetter::messageId, OutgoingLetter::recipients)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("<termination.kunde-1@nordlys.example>",
                                    List.of("kunde1@fjordkraft.example")),
                            org.assertj.core.groups.Tuple.tuple("<termination.kunde-3@nordlys.example>",
                                    List.of("kunde3@fjordkraft.example")));
            assertThat(result.wouldSend().get(0).file()).isEqualTo(out.resolve("kunde-1").resolve("letter.eml"));
            assertThat(result.wouldSend().get(0).sha256())
                    .isEqualTo(no.farvel.core.digest.Sha256.hex(Files.readAllBytes(result.wouldSend().get(0)
                            .file())));
            assertThat(result.alreadySent()).extracting(OutgoingLetter::messageId)
                    .containsExactly("<termination.kunde-2@nordlys.example>");
            assertThat(result.sent()).isEmpty();
            assertThat(journal.isAccepted("<termination.kunde-1@nordlys.example>")).isFalse();
            assertThat(journal.outcome("<termination.kunde-1@nordlys.example>")).isEmpty();
        }
        assertThat(Files.readAllLines(journalFile)).filteredOn(l -> l.contains("\"DRY_RUN\"")).hasSize(2);
    }

    @Test
    void reportsAFileThatIsNotAMessageAndGoesOn(@TempDir Path dir) throws Exception {
        Path out = outbox(dir.resolve("out"), 1);
        Files.createDirectories(out.resolve("broken"));
        Files.writeString(out.resolve("broken").resolve("letter.eml"), "Subject: no id\r\n\r\nhello\r\n");
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            OutboxResult result = Outbox.in(out).dryRun(journal);
            assertThat(result.ignored()).singleElement().extracting(OutboxResult.Failure::reason)
                    .isEqualTo(out.resolve("broken").resolve("letter.eml") + " has no Message-ID; write it with"
                            + " EmlWriter, which sets a stable one");
            assertThat(result.wouldSend()).hasSize(1);
        }
    }

    @Test
    void saysWhenTheFolderDoesNotExist(@TempDir Path dir) throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            assertThatThrownBy(() -> Outbox.in(dir.resolve("nowhere")).dryRun(journal))
                    .hasMessage("The outbox folder " + dir.resolve("nowhere") + " does not exist; render letters with"
                            + " --formats eml into it first");
        }
    }
}
