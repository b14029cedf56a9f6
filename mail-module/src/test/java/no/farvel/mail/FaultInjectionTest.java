package no.farvel.mail;

import static no.farvel.mail.testing.FaultySmtpServer.always;
import static no.farvel.mail.testing.FaultySmtpServer.once;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.testing.FaultySmtpServer;
import no.farvel.mail.testing.FaultySmtpServer.Close;
import no.farvel.mail.testing.FaultySmtpServer.Drip;
import no.farvel.mail.testing.FaultySmtpServer.Reply;
import no.farvel.mail.testing.FaultySmtpServer.Stage;
import no.farvel.mail.testing.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delivery against a server that fails on cue: each test counts what the server got, the duplicates, and reads the
 * journal's lines back, as {@code N STATUS} for letter {@code kunde-N}.
 */
class FaultInjectionTest {
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0);
    static final RetryPolicy TWICE = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5), 0);

    @TempDir
    Path dir;

    static SmtpSettings settings(FaultySmtpServer server) {
        return settings(server, Duration.ofSeconds(1));
    }

    static SmtpSettings settings(FaultySmtpServer server, Duration commandDeadline) {
        return SmtpSettings.builder("127.0.0.1", server.port()).security(Security.PLAIN)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10))
                .deadlines(commandDeadline, Duration.ofSeconds(60)).build();
    }

    /** Writes {@code count} small letters and lists them as written, as the command line does from the manifest. */
    static List<LetterToSend> letters(Path out, int count) throws IOException {
        List<LetterToSend> letters = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path file = out.resolve("kunde-" + i).resolve(Outbox.LETTER_FILE);
            EmlWriter.write(Letters.small(i, "kunde" + i + "@fjordkraft.example"), file);
            letters.add(new LetterToSend("kunde-" + i, Sha256.hex(Files.readAllBytes(file))));
        }
        return letters;
    }

    /** The journal as {@code N STATUS} lines. */
    static List<String> journal(Path file) throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            return journal.entries().stream().map(e -> e.messageId().replaceAll("<termination\\.kunde-(\\d+)@.*", "$1")
                    + " " + e.status()).toList();
        }
    }

    private OutboxResult send(FaultySmtpServer server, List<LetterToSend> letters, UnaryOperator<Outbox> options)
            throws IOException {
        return send(settings(server), letters, options);
    }

    private OutboxResult send(SmtpSettings settings, List<LetterToSend> letters, UnaryOperator<Outbox> options)
            throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            return options.apply(Outbox.of(dir.resolve("out"), letters).retry(QUICK)).send(settings, journal);
        }
    }

    private String reply(int line) throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            return journal.entries().get(line).reply();
        }
    }

    /** Faults before the data that a retry on a fresh connection gets past, and what the journal says of each. */
    static Stream<Arguments> faultsBeforeTheData() {
        return Stream.of(
                Arguments.of(Stage.GREETING, new Close(), "the server closed the connection during the greeting"),
                Arguments.of(Stage.MAIL, new Close(), "the server closed the connection during MAIL FROM"),
                Arguments.of(Stage.GREETING, new Reply("421 4.3.2 Service not available, closing transmission"
                        + " channel"), "421 4.3.2 Service not available, closing transmission channel"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("faultsBeforeTheData")
    void aFaultBeforeTheDataIsTransientAndEveryLetterArrivesOnce(Stage stage, FaultySmtpServer.Act fault,
                                                                  String reply) throws Exception {
        try (FaultySmtpServer server = FaultySmtpServer.start(once(stage, fault))) {
            OutboxResult result = send(server, letters(dir.resolve("out"), 3), o -> o);

            assertThat(result.sent()).hasSize(3);
            assertThat(server.received()).hasSize(3);
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl"))).containsExactly("1 TRANSIENT_FAILURE",
                    "1 IN_FLIGHT", "1 ACCEPTED", "2 IN_FLIGHT", "2 ACCEPTED", "3 IN_FLIGHT", "3 ACCEPTED");
            assertThat(reply(0)).isEqualTo(reply);
        }
    }

    @Test
    void aConnectionResetInTheMiddleOfTheDataIsRetriedBeforeAnythingGoesInFlight() throws Exception {
        // Six megabytes cannot all sit in socket buffers, so the reset reaches the sender while it still writes.
        byte[] big = new byte[6 * 1024 * 1024];
        new java.util.Random(16).nextBytes(big);
        Path file = dir.resolve("out").resolve("kunde-1").resolve(Outbox.LETTER_FILE);
        EmlWriter.write(LetterEmail.builder().from("post@nordlys.example", "Nordlys Regnskap AS")
                .to("kunde1@fjordkraft.example", null).subject("Oppsigelse med vedlegg").text("Se vedlegget.\n")
                .attachment("Bilag.pdf", "application/pdf", big).messageId("<termination.kunde-1@nordlys.example>")
                .date(Letters.DATE).build(), file);
        List<LetterToSend> letters = List.of(new LetterToSend("kunde-1", Sha256.hex(Files.readAllBytes(file))));

        try (FaultySmtpServer server = FaultySmtpServer.start(once(Stage.CONTENT, new Close()))) {
            // The server reads megabytes before it can answer the final dot; a busy machine needs more than 500 ms.
            OutboxResult result = send(settings(server, Duration.ofSeconds(20)), letters, o -> o);

            assertThat(result.sent()).hasSize(1);
            assertThat(server.received()).hasSize(1);
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl")))
                    .containsExactly("1 TRANSIENT_FAILURE", "1 IN_FLIGHT", "1 ACCEPTED");
            assertThat(reply(0)).startsWith("the connection broke during sending the message: ");
            try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
                assertThat(journal.entries().get(2).sentSha256()).isEqualTo(server.received().get(0).sha256());
            }
        }
    }

    @Test
    void aConnectionClosedAfterTheFinalDotLeavesTheLetterInDoubtAndNeverSendsItTwiceUnlessAsked() throws Exception {
        List<LetterToSend> letters = letters(dir.resolve("out"), 3);
        try (FaultySmtpServer server = FaultySmtpServer.start(once(Stage.END_OF_DATA, new Close()))) {
            OutboxResult first = send(server, letters, o -> o);

            assertThat(first.sent()).hasSize(2);
            assertThat(first.inDoubt()).singleElement().extracting(OutboxResult.Failure::reason).isEqualTo(
                    "possibly delivered: the server closed the connection during the final dot; not sent again."
                            + " Ask the recipient, then send it with --resend-in-doubt if it did not arrive");
            assertThat(server.received()).hasSize(3); // the server did get the first letter
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl"))).containsExactly("1 IN_FLIGHT", "1 IN_DOUBT",
                    "2 IN_FLIGHT", "2 ACCEPTED", "3 IN_FLIGHT", "3 ACCEPTED");

            OutboxResult rerun = send(server, letters, o -> o);
            assertThat(rerun.sent()).isEmpty();
            assertThat(rerun.alreadySent()).hasSize(2);
            assertThat(rerun.inDoubt()).hasSize(1);
            assertThat(server.received()).hasSize(3);
            assertThat(server.duplicates()).isZero();

            OutboxResult resent = send(server, letters, o -> o.resendInDoubt(true));
            assertThat(resent.sent()).extracting(OutgoingLetter::messageId)
                    .containsExactly("<termination.kunde-1@nordlys.example>");
            assertThat(server.duplicates()).as("the price of --resend-in-doubt").isEqualTo(1);
        }
    }

    @Test
    void aReplyDrippedAfterTheFinalDotMeetsTheCommandDeadlineAndLeavesTheLetterInDoubt() throws Exception {
        try (FaultySmtpServer server = FaultySmtpServer.start(once(Stage.END_OF_DATA,
                new Drip(Duration.ofMillis(50))))) {
            OutboxResult result = send(server, letters(dir.resolve("out"), 2), o -> o);

            assertThat(result.inDoubt()).hasSize(1);
            assertThat(result.sent()).hasSize(1);
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl")))
                    .containsExactly("1 IN_FLIGHT", "1 IN_DOUBT", "2 IN_FLIGHT", "2 ACCEPTED");
            assertThat(reply(1)).isEqualTo("no complete reply to the final dot within the 1 s command deadline");
        }
    }

    @Test
    void aServerSlowerThanTheMessageDeadlineAfterTheFinalDotLeavesTheLetterInDoubt() throws Exception {
        try (FaultySmtpServer server = FaultySmtpServer.start(once(Stage.END_OF_DATA,
                new FaultySmtpServer.Delay(Duration.ofSeconds(5))))) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).security(Security.PLAIN)
                    .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10))
                    .deadlines(Duration.ofSeconds(10), Duration.ofSeconds(1)).build();

            OutboxResult result = send(settings, letters(dir.resolve("out"), 2), o -> o);

            assertThat(result.inDoubt()).hasSize(1);
            assertThat(result.sent()).hasSize(1);
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl")))
                    .containsExactly("1 IN_FLIGHT", "1 IN_DOUBT", "2 IN_FLIGHT", "2 ACCEPTED");
            assertThat(reply(1)).isEqualTo("the message took longer than the 1 s message deadline");
        }
    }

    @Test
    void aDripTarpitMeetsTheCommandDeadlineAndTheCircuitBreakerStopsTheRun() throws Exception {
        try (FaultySmtpServer server = FaultySmtpServer.start(always(Stage.MAIL, new Drip(Duration.ofMillis(100))))) {
            List<LetterToSend> letters = letters(dir.resolve("out"), 5);

            DeliveryException stopped = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    DeliveryException.class, () -> send(server, letters, o -> o.retry(TWICE))));

            assertThat(stopped).hasMessage("The SMTP server 127.0.0.1:" + server.port() + " is unavailable: 3 letters"
                    + " in a row failed (last: no complete reply to MAIL FROM within the 1 s command deadline)."
                    + " 5 letters are left; a rerun with the same journal sends them");
            assertThat(stopped.result().left()).hasSize(5);
            assertThat(server.received()).isEmpty();
            assertThat(journal(dir.resolve("delivery.jsonl"))).containsExactly("1 TRANSIENT_FAILURE",
                    "1 TRANSIENT_FAILURE", "2 TRANSIENT_FAILURE", "2 TRANSIENT_FAILURE", "3 TRANSIENT_FAILURE",
                    "3 TRANSIENT_FAILURE");
        }
    }

    @Test
    void aServerThatAnswers4xxToEverythingTripsTheCircuitBreaker() throws Exception {
        try (FaultySmtpServer server = FaultySmtpServer.start(always(Stage.MAIL,
                new Reply("451 4.3.0 Try again later")))) {
            List<LetterToSend> letters = letters(dir.resolve("out"), 5);

            DeliveryException stopped = assertThrows(DeliveryException.class,
                    () -> send(server, letters, o -> o.retry(TWICE)));

            assertThat(stopped).hasMessage("The SMTP server 127.0.0.1:" + server.port() + " is unavailable: 3 letters"
                    + " in a row failed (last: 451 4.3.0 Try again later). 5 letters are left; a rerun with the same"
                    + " journal sends them");
            assertThat(stopped.result().left()).extracting(f -> f.reason()).containsExactly(
                    "451 4.3.0 Try again later", "451 4.3.0 Try again later", "451 4.3.0 Try again later",
                    "not attempted: the server is unavailable", "not attempted: the server is unavailable");
            assertThat(server.received()).isEmpty();
            assertThat(server.connections()).as("the connection is reset and reused, not reopened").isEqualTo(1);
            assertThat(journal(dir.resolve("delivery.jsonl"))).containsExactly("1 TRANSIENT_FAILURE",
                    "1 TRANSIENT_FAILURE", "2 TRANSIENT_FAILURE", "2 TRANSIENT_FAILURE", "3 TRANSIENT_FAILURE",
                    "3 TRANSIENT_FAILURE");
        }
    }

    @Test
    void oneRefusedRecipientIsRecordedAndHeldBackWhileTheRestArrive() throws Exception {
        List<LetterToSend> letters = letters(dir.resolve("out"), 3);
        try (FaultySmtpServer server = FaultySmtpServer.start((stage, connection, message) ->
                stage == Stage.RCPT && message == 2 ? new Reply("550 5.1.1 <kunde2@fjordkraft.example>: Recipient"
                        + " address rejected") : null)) {
            OutboxResult result = send(server, letters, o -> o);
            OutboxResult rerun = send(server, letters, o -> o);

            assertThat(result.sent()).hasSize(2);
            assertThat(result.refused()).singleElement().extracting(OutboxResult.Failure::reason)
                    .isEqualTo("550 5.1.1 <kunde2@fjordkraft.example>: Recipient address rejected");
            assertThat(rerun.sent()).isEmpty();
            assertThat(rerun.refused()).singleElement().extracting(OutboxResult.Failure::reason)
                    .isEqualTo("refused in an earlier run, held back: 550 5.1.1 <kunde2@fjordkraft.example>:"
                            + " Recipient address rejected");
            assertThat(server.received()).hasSize(2);
            assertThat(server.duplicates()).isZero();
            assertThat(journal(dir.resolve("delivery.jsonl"))).containsExactly("1 IN_FLIGHT", "1 ACCEPTED",
                    "2 PERMANENT_FAILURE", "3 IN_FLIGHT", "3 ACCEPTED");
        }
    }
}
