package no.farvel.mail;

import static no.farvel.mail.GreenMailDeliveryTest.QUICK;
import static no.farvel.mail.GreenMailDeliveryTest.loopback;
import static no.farvel.mail.GreenMailDeliveryTest.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.farvel.mail.testing.Letters;
import no.farvel.mail.testing.SubethaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the sender answers what a server says: 4xx is retried, 5xx is recorded, silence times out. */
class SmtpRepliesTest {

    private static List<String> ids(List<MimeMessage> messages) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : messages) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    @Test
    void aServerThatAnswers451AtFirstStillGetsEveryMessageExactlyOnce(@TempDir Path dir) throws Exception {
        try (SubethaServer server = SubethaServer.refusingFirst(2);
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            OutboxResult result = Outbox.in(outbox(dir.resolve("out"), 3)).retry(QUICK)
                    .send(loopback(server.port(), Security.PLAIN).build(), journal);

            assertThat(result.sent()).hasSize(3);
            assertThat(ids(server.received())).containsExactly("<termination.kunde-1@nordlys.example>",
                    "<termination.kunde-2@nordlys.example>", "<termination.kunde-3@nordlys.example>");
            assertThat(journal.entries()).filteredOn(e -> e.status() != DeliveryStatus.IN_FLIGHT)
                    .extracting(JournalEntry::messageId, JournalEntry::status, JournalEntry::attempt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("<termination.kunde-1@nordlys.example>",
                            DeliveryStatus.TRANSIENT_FAILURE, 1),
                    org.assertj.core.groups.Tuple.tuple("<termination.kunde-1@nordlys.example>",
                            DeliveryStatus.TRANSIENT_FAILURE, 2),
                    org.assertj.core.groups.Tuple.tuple("<termination.kunde-1@nordlys.example>",
                            DeliveryStatus.ACCEPTED, 3),
                    org.assertj.core.groups.Tuple.tuple("<termination.kunde-2@nordlys.example>",
                            DeliveryStatus.ACCEPTED, 1),
                    org.assertj.core.groups.Tuple.tuple("<termination.kunde-3@nordlys.example>",
                            DeliveryStatus.ACCEPTED, 1));
            // SubEthaSMTP answers 451 after the data, so each attempt went in flight before its refusal.
            assertThat(journal.entries()).extracting(JournalEntry::status).startsWith(DeliveryStatus.IN_FLIGHT,
                    DeliveryStatus.TRANSIENT_FAILURE);
            assertThat(journal.entries().get(1).reply()).isEqualTo("451 4.3.0 Try again later");
            assertThat(journal.entries().get(5).reply()).startsWith("250");
        }
    }

    @Test
    void aPermanentRefusalIsRecordedWithTheServersWordsAndTheRestAreDelivered(@TempDir Path dir) throws Exception {
        Path out = outbox(dir.resolve("out"), 3);
        EmlWriter.write(Letters.small(2, "gone@fjordkraft.example"), out.resolve("kunde-2").resolve("letter.eml"));
        Path journalFile = dir.resolve("delivery.jsonl");
        try (SubethaServer server = SubethaServer.plain()) {
            SmtpSettings settings = loopback(server.port(), Security.PLAIN).build();
            OutboxResult result;
            try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
                result = Outbox.in(out).retry(QUICK).send(settings, journal);
            }

            assertThat(result.sent()).extracting(OutgoingLetter::messageId).containsExactly(
                    "<termination.kunde-1@nordlys.example>", "<termination.kunde-3@nordlys.example>");
            assertThat(result.refused()).singleElement().satisfies(failure -> {
                assertThat(failure.letter().messageId()).isEqualTo("<termination.kunde-2@nordlys.example>");
                assertThat(failure.reason()).isEqualTo("550 5.1.1 <gone@fjordkraft.example>: mailbox unavailable");
            });
            assertThat(Files.readAllLines(journalFile)).filteredOn(l -> l.contains("PERMANENT_FAILURE"))
                    .singleElement().asString()
                    .contains("\"reply\":\"550 5.1.1 <gone@fjordkraft.example>: mailbox unavailable\"",
                            "\"attempt\":1");

            // A rerun holds the refused letter back and sends nothing twice.
            try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
                OutboxResult rerun = Outbox.in(out).retry(QUICK).send(settings, journal);
                assertThat(rerun.sent()).isEmpty();
                assertThat(rerun.alreadySent()).hasSize(2);
                assertThat(rerun.refused()).singleElement().extracting(OutboxResult.Failure::reason)
                        .isEqualTo("refused in an earlier run, held back: 550 5.1.1 <gone@fjordkraft.example>:"
                                + " mailbox unavailable");
            }
            assertThat(server.received()).hasSize(2);
        }
    }

    @Test
    void aSilentServerTimesOutInsteadOfHangingTheRun(@TempDir Path dir) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept()); // accept and never greet
                    }
                } catch (IOException closed) {
                    held.forEach(s -> {
                        try {
                            s.close();
                        } catch (IOException ignored) {
                            // closing at the end of the test
                        }
                    });
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", silent.getLocalPort()).security(Security.PLAIN)
                    .timeouts(Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofMillis(300)).build();
            long start = System.nanoTime();
            try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
                assertThatThrownBy(() -> Outbox.in(outbox(dir.resolve("out"), 1))
                        .retry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 0))
                        .send(settings, journal))
                        .isInstanceOf(DeliveryException.class)
                        .hasMessageContaining("could not be reached in 2 attempts");
                assertThat(journal.entries()).extracting(JournalEntry::status).containsExactly(
                        DeliveryStatus.TRANSIENT_FAILURE, DeliveryStatus.TRANSIENT_FAILURE);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenStopsTheRun(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            DeliveryException e = org.junit.jupiter.api.Assertions.assertThrows(DeliveryException.class,
                    () -> Outbox.in(outbox(dir.resolve("out"), 2)).retry(QUICK)
                            .send(loopback(port, Security.PLAIN).build(), journal));
            assertThat(e).hasMessage("The SMTP server 127.0.0.1:" + port + " is unavailable: it could not be reached"
                    + " in 3 attempts (cannot connect to 127.0.0.1:" + port + ": connection refused). 2 letters are"
                    + " left; a rerun with the same journal sends them");
            assertThat(journal.entries()).extracting(JournalEntry::reply)
                    .allSatisfy(reply -> assertThat(reply).startsWith("cannot connect to 127.0.0.1:" + port + ": ")
                            .endsWith("connection refused"));
            assertThat(journal.entries()).hasSize(3);
        }
    }
}
