package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.farvel.mail.testing.FaultySmtpServer;
import no.farvel.mail.testing.FaultySmtpServer.Delay;
import no.farvel.mail.testing.FaultySmtpServer.Stage;
import no.farvel.mail.testing.SendMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender process killed in the middle of a run (SIGKILL, or SIGTERM as a service manager or Ctrl-C sends), then a
 * rerun: no letter arrives twice, and the journal says what became of each.
 */
class KilledSenderTest {
    @TempDir
    Path dir;

    /** A server that waits before answering at {@code stage} of the second letter, so the kill lands there. */
    private static FaultySmtpServer slowAtSecondLetter(Stage stage) throws IOException {
        return FaultySmtpServer.start((s, connection, message) ->
                s == stage && message == 2 ? new Delay(Duration.ofSeconds(2)) : null);
    }

    private Process sender(Path out, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SendMain.class.getName(),
                out.toString(), Integer.toString(port))
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Starts the sender, waits until the server has read {@code dots} final dots, then signals it. */
    private Process stopAfterDots(Path out, FaultySmtpServer server, int dots, boolean kill) throws Exception {
        Process sender = sender(out, server.port());
        assertThat(server.awaitDots(dots, Duration.ofSeconds(60))).as("final dot " + dots + " arrived").isTrue();
        if (kill) {
            sender.destroyForcibly(); // SIGKILL: no shutdown hook, no last word
        } else {
            sender.destroy(); // SIGTERM
        }
        assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return sender;
    }

    private static OutboxResult rerun(Path out, FaultySmtpServer server) throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(out.resolve("delivery.jsonl"))) {
            return Outbox.in(out).retry(FaultInjectionTest.QUICK).send(FaultInjectionTest.settings(server), journal);
        }
    }

    @Test
    void aSenderKilledWaitingForTheReplyToItsFinalDotLeavesThatLetterInDoubtAndTheRerunSendsOnlyTheRest()
            throws Exception {
        Path out = dir.resolve("out");
        FaultInjectionTest.letters(out, 4);
        try (FaultySmtpServer server = slowAtSecondLetter(Stage.END_OF_DATA)) {
            stopAfterDots(out, server, 2, true);

            assertThat(FaultInjectionTest.journal(out.resolve("delivery.jsonl")))
                    .containsExactly("1 IN_FLIGHT", "1 ACCEPTED", "2 IN_FLIGHT");

            OutboxResult rerun = rerun(out, server);

            assertThat(rerun.alreadySent()).hasSize(1);
            assertThat(rerun.inDoubt()).singleElement().extracting(OutboxResult.Failure::reason).asString()
                    .startsWith("possibly delivered: a run ended while waiting for the server's reply to its final"
                            + " dot on ");
            assertThat(rerun.sent()).extracting(OutgoingLetter::messageId).containsExactly(
                    "<termination.kunde-3@nordlys.example>", "<termination.kunde-4@nordlys.example>");
            assertThat(FaultySmtpServer.ids(server.received())).containsExactly(
                    "<termination.kunde-1@nordlys.example>", "<termination.kunde-2@nordlys.example>",
                    "<termination.kunde-3@nordlys.example>", "<termination.kunde-4@nordlys.example>");
            assertThat(server.duplicates()).isZero();
            assertThat(FaultInjectionTest.journal(out.resolve("delivery.jsonl"))).containsExactly("1 IN_FLIGHT",
                    "1 ACCEPTED", "2 IN_FLIGHT", "3 IN_FLIGHT", "3 ACCEPTED", "4 IN_FLIGHT", "4 ACCEPTED");
        }
    }

    @Test
    void aSenderToldToStopWhileItsLetterIsInFlightWaitsForTheReplyJournalsItAndPrintsTheSummary()
            throws Exception {
        Path out = dir.resolve("out");
        FaultInjectionTest.letters(out, 4);
        try (FaultySmtpServer server = slowAtSecondLetter(Stage.END_OF_DATA)) {
            Process sender = stopAfterDots(out, server, 2, false);

            assertThat(sender.exitValue()).as("killed by SIGTERM").isEqualTo(143);
            assertThat(Files.readString(dir.resolve("stdout.txt")))
                    .isEqualTo("2 sent, 2 left (stopped by a signal (SIGTERM or Ctrl-C))\n");
            assertThat(FaultInjectionTest.journal(out.resolve("delivery.jsonl")))
                    .containsExactly("1 IN_FLIGHT", "1 ACCEPTED", "2 IN_FLIGHT", "2 ACCEPTED");

            OutboxResult rerun = rerun(out, server);

            assertThat(rerun.alreadySent()).hasSize(2);
            assertThat(rerun.sent()).hasSize(2);
            assertThat(server.received()).hasSize(4);
            assertThat(server.duplicates()).isZero();
        }
    }

    @Test
    void aSenderToldToStopBeforeTheFinalDotAbandonsTheLetterAndTheRerunSendsIt() throws Exception {
        Path out = dir.resolve("out");
        FaultInjectionTest.letters(out, 3);
        try (FaultySmtpServer server = slowAtSecondLetter(Stage.DATA)) {
            Process sender = sender(out, server.port());
            assertThat(server.awaitMessages(2, Duration.ofSeconds(60))).isTrue();
            Thread.sleep(300); // the sender is now waiting for the go-ahead to send the data
            sender.destroy();
            assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(Files.readString(dir.resolve("stdout.txt")))
                    .isEqualTo("1 sent, 2 left (stopped by a signal (SIGTERM or Ctrl-C))\n");
            assertThat(FaultInjectionTest.journal(out.resolve("delivery.jsonl")))
                    .containsExactly("1 IN_FLIGHT", "1 ACCEPTED", "2 TRANSIENT_FAILURE");
            assertThat(server.received()).hasSize(1);

            OutboxResult rerun = rerun(out, server);

            assertThat(rerun.sent()).extracting(OutgoingLetter::messageId).containsExactly(
                    "<termination.kunde-2@nordlys.example>", "<termination.kunde-3@nordlys.example>");
            assertThat(server.received()).hasSize(3);
            assertThat(server.duplicates()).isZero();
            assertThat(List.of(Files.readString(dir.resolve("stderr.txt")))).containsExactly("");
        }
    }
}
