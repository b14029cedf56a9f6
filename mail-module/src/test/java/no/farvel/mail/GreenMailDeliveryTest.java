package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.farvel.mail.testing.Letters;
import no.farvel.mail.testing.TestCertificate;
import no.farvel.templates.RenderedLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery to a real SMTP server, GreenMail, on loopback: plain and SMTPS, with AUTH. */
class GreenMailDeliveryTest {
    static final String PASSWORD = "Sj0kolade-og-fl0yel";
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.5);

    private final List<GreenMail> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(GreenMail::stop);
    }

    private GreenMail start(ServerSetup setup) {
        GreenMail server = new GreenMail(setup);
        server.setUser("ola@nordlys.example", "ola", PASSWORD);
        server.start();
        servers.add(server);
        return server;
    }

    static SmtpSettings.Builder loopback(int port, Security security) {
        return SmtpSettings.builder("127.0.0.1", port).security(security)
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    static Path outbox(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            EmlWriter.write(Letters.small(i, "kunde" + i + "@fjordkraft.example"),
                    dir.resolve("kunde-" + i).resolve(Outbox.LETTER_FILE));
        }
        return dir;
    }

    static List<String> messageIds(MimeMessage[] messages) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : messages) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    @Test
    void deliversTheLetterWithItsIntendedStructureAfterLoggingIn(@TempDir Path dir) throws Exception {
        GreenMail server = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        RenderedLetter letter = Letters.rendered("nb-sen-betaling");
        LetterEmail email = LetterMail.compose(letter, Letters.termination("nb-sen-betaling"),
                MailOptions.builder().bcc(MailAddress.of("arkiv@nordlys.example")).date(Letters.DATE).build());
        EmlWriter.write(email, dir.resolve("fjordkraft-demo-2026").resolve(Outbox.LETTER_FILE));
        SmtpSettings settings = loopback(server.getSmtp().getPort(), Security.PLAIN)
                .login("ola", PASSWORD.toCharArray()).build();

        OutboxResult result;
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            result = Outbox.in(dir).retry(QUICK).send(settings, journal);
        }

        assertThat(result.sent()).extracting(OutgoingLetter::messageId)
                .containsExactly("<termination.fjordkraft-demo-2026@nordlys.example>");
        assertThat(result.sent().get(0).recipients())
                .containsExactly("okonomi@fjordkraft.example", "arkiv@nordlys.example");
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2); // one per mailbox: the client and the archive
        MimeMessage message = received[0];
        assertThat(LetterMailTest.tree(message, "")).isEqualTo("""
                multipart/mixed
                  multipart/alternative
                    text/plain
                    text/html
                  application/pdf Oppsigelse fra Nordlys Regnskap AS.pdf
                """);
        assertThat(message.getSubject()).isEqualTo(letter.subject());
        assertThat(message.getHeader("Bcc")).as("blind copies stay blind").isNull();
        BodyPart text = LetterMailTest.find(message, "text/plain");
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(LetterMailTest.bytes(LetterMailTest.find(message, "application/pdf"))).isEqualTo(letter.pdf());
    }

    @Test
    void deliversOverSmtpsTrustingTheServersCertificate(@TempDir Path dir) throws Exception {
        System.setProperty("greenmail.tls.keystore.file", TestCertificate.get().keyStoreFile().toString());
        System.setProperty("greenmail.tls.keystore.password", TestCertificate.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestCertificate.PASSWORD);
        GreenMail server = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        SmtpSettings settings = loopback(server.getSmtps().getPort(), Security.SMTPS)
                .login("ola", PASSWORD.toCharArray())
                .sslSocketFactory(TestCertificate.get().clientContext().getSocketFactory()).build();

        OutboxResult result;
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            result = Outbox.in(outbox(dir, 2)).retry(QUICK).send(settings, journal);
        }

        assertThat(result.sent()).hasSize(2);
        assertThat(messageIds(server.getReceivedMessages())).containsExactly(
                "<termination.kunde-1@nordlys.example>", "<termination.kunde-2@nordlys.example>");
    }

    @Test
    void stopsTheRunWhenTheLoginIsRefusedAndSendsNothing(@TempDir Path dir) throws Exception {
        GreenMail server = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SmtpSettings settings = loopback(server.getSmtp().getPort(), Security.PLAIN)
                .login("ola", "wrong-password".toCharArray()).build();

        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            assertThatThrownBy(() -> Outbox.in(outbox(dir, 2)).retry(QUICK).send(settings, journal))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageStartingWith("Cannot deliver through 127.0.0.1:" + server.getSmtp().getPort()
                            + " PLAIN as ola with a password: ")
                    .hasMessageNotContaining("wrong-password")
                    .satisfies(e -> assertThat(((DeliveryException) e).result().sent()).isEmpty());
        }
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRerunAfterTheServerWentAwayDeliversTheRestWithoutDuplicates(@TempDir Path dir) throws Exception {
        GreenMail first = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        int port = first.getSmtp().getPort();
        SmtpSettings settings = loopback(port, Security.PLAIN).login("ola", PASSWORD.toCharArray()).build();
        outbox(dir, 5);
        Path journalFile = dir.resolve("delivery.jsonl");
        List<String> atTheServer = new ArrayList<>();

        DeliveryException stopped;
        try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
            Outbox outbox = Outbox.in(dir).retry(QUICK).onAttempt(entry -> {
                if (entry.status() == DeliveryStatus.ACCEPTED
                        && entry.messageId().equals("<termination.kunde-2@nordlys.example>")) {
                    try {
                        atTheServer.addAll(messageIds(first.getReceivedMessages()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                    first.stop(); // the server goes away in the middle of the run
                }
            });
            stopped = org.junit.jupiter.api.Assertions.assertThrows(DeliveryException.class,
                    () -> outbox.send(settings, journal));
        }
        assertThat(stopped).hasMessage("The SMTP server 127.0.0.1:" + port + " is unavailable: it could not be"
                + " reached in 3 attempts (cannot connect to 127.0.0.1:" + port + ": connection refused). 3 letters are"
                + " left; a rerun with the same journal sends them");
        assertThat(stopped.result().left()).hasSize(3);
        assertThat(stopped.result().sent()).extracting(OutgoingLetter::messageId).containsExactly(
                "<termination.kunde-1@nordlys.example>", "<termination.kunde-2@nordlys.example>");

        GreenMail second = start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        OutboxResult rerun;
        try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
            rerun = Outbox.in(dir).retry(QUICK).send(settings, journal);
        }
        atTheServer.addAll(messageIds(second.getReceivedMessages()));

        assertThat(rerun.alreadySent()).hasSize(2);
        assertThat(rerun.sent()).hasSize(3);
        assertThat(rerun.allDelivered()).isTrue();
        assertThat(atTheServer).containsExactly(
                "<termination.kunde-1@nordlys.example>", "<termination.kunde-2@nordlys.example>",
                "<termination.kunde-3@nordlys.example>", "<termination.kunde-4@nordlys.example>",
                "<termination.kunde-5@nordlys.example>");
        assertThat(Files.readAllLines(journalFile)).filteredOn(line -> line.contains("\"ACCEPTED\"")).hasSize(5);
    }
}
