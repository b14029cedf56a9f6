package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryJournalTest {
    private static final Instant TIME = Instant.parse("2026-11-28T16:01:02.123Z");

    private static JournalEntry entry(String id, DeliveryStatus status, int attempt) {
        return new JournalEntry(TIME, "<termination." + id + "@nordlys.example>", List.of(id + "@kunde.example"),
                "9f2c", null, status, status == DeliveryStatus.ACCEPTED ? "250 OK" : "451 4.3.0 Try again later", attempt);
    }

    @Test
    void writesOneJsonLinePerAttempt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("delivery.jsonl");
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            journal.append(entry("a", DeliveryStatus.TRANSIENT_FAILURE, 1));
            journal.append(entry("a", DeliveryStatus.ACCEPTED, 2));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"time\":\"2026-11-28T16:01:02.123Z\",\"messageId\":\"<termination.a@nordlys.example>\","
                        + "\"recipients\":[\"a@kunde.example\"],\"sha256\":\"9f2c\",\"status\":\"TRANSIENT_FAILURE\","
                        + "\"reply\":\"451 4.3.0 Try again later\",\"attempt\":1}",
                "{\"time\":\"2026-11-28T16:01:02.123Z\",\"messageId\":\"<termination.a@nordlys.example>\","
                        + "\"recipients\":[\"a@kunde.example\"],\"sha256\":\"9f2c\",\"status\":\"ACCEPTED\","
                        + "\"reply\":\"250 OK\",\"attempt\":1}".replace("\"attempt\":1}", "\"attempt\":2}"));
    }

    @Test
    void remembersAcceptedMessagesAcrossRunsAndKeepsThemAcceptedWhateverFollows(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("delivery.jsonl");
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            journal.append(entry("a", DeliveryStatus.ACCEPTED, 1));
            journal.append(entry("b", DeliveryStatus.PERMANENT_FAILURE, 1));
            journal.append(entry("c", DeliveryStatus.TRANSIENT_FAILURE, 3));
            journal.append(entry("a", DeliveryStatus.DRY_RUN, 0));
        }
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.isAccepted("<termination.a@nordlys.example>")).isTrue();
            assertThat(journal.isAccepted("<termination.b@nordlys.example>")).isFalse();
            assertThat(journal.outcome("<termination.b@nordlys.example>")).contains(DeliveryStatus.PERMANENT_FAILURE);
            assertThat(journal.outcome("<termination.c@nordlys.example>")).contains(DeliveryStatus.TRANSIENT_FAILURE);
            assertThat(journal.outcome("<termination.d@nordlys.example>")).isEmpty();
            assertThat(journal.entries()).hasSize(4);
        }
    }

    @Test
    void dropsALastLineCutShortByACrashAndAppendsCleanlyAfterIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("delivery.jsonl");
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            journal.append(entry("a", DeliveryStatus.ACCEPTED, 1));
        }
        String whole = Files.readString(file);
        Files.writeString(file, "{\"time\":\"2026-11-28T16:01:03Z\",\"messageId\":\"<termination.b@nor",
                StandardOpenOption.APPEND);

        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.entries()).hasSize(1);
            assertThat(journal.isAccepted("<termination.b@nordlys.example>")).isFalse();
            journal.append(entry("b", DeliveryStatus.ACCEPTED, 1));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0) + "\n").isEqualTo(whole);
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.isAccepted("<termination.b@nordlys.example>")).isTrue();
        }
    }

    @Test
    void refusesADamagedLineInTheMiddleNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("delivery.jsonl");
        Files.writeString(file, "{\"oops\n{\"time\":\"2026-11-28T16:01:03Z\"}\n");
        assertThatThrownBy(() -> DeliveryJournal.open(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("The delivery journal " + file + " has a damaged line 1: ")
                .hasMessageEndingWith(". Fix or remove that line; every other line must be a journal entry");
    }

    @Test
    void letsOnlyOneRunUseAJournalAtATime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("delivery.jsonl");
        try (DeliveryJournal first = DeliveryJournal.open(file)) {
            assertThatThrownBy(() -> DeliveryJournal.open(file))
                    .isInstanceOf(IOException.class)
                    .hasMessage("The delivery journal " + file + " is in use by another run; wait for it to end");
        }
    }
}
