package no.farvel.mail;

import static no.farvel.mail.GreenMailDeliveryTest.QUICK;
import static no.farvel.mail.GreenMailDeliveryTest.loopback;
import static no.farvel.mail.GreenMailDeliveryTest.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import no.farvel.mail.testing.SubethaServer;
import no.farvel.mail.testing.TestCertificate;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STARTTLS against SubEthaSMTP, since GreenMail does not speak it (greenmail issue #135). */
class StartTlsTest {

    @Test
    void deliversOverStartTlsToAServerThatRequiresIt(@TempDir Path dir) throws Exception {
        try (SubethaServer server = SubethaServer.startTls();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            SmtpSettings settings = loopback(server.port(), Security.STARTTLS_REQUIRED)
                    .sslSocketFactory(TestCertificate.get().clientContext().getSocketFactory()).build();

            OutboxResult result = Outbox.in(outbox(dir.resolve("out"), 2)).retry(QUICK).send(settings, journal);

            assertThat(result.sent()).hasSize(2);
            assertThat(server.received()).hasSize(2);
        }
    }

    @Test
    void refusesAServerWhoseCertificateIsNotTrustedWithoutRetrying(@TempDir Path dir) throws Exception {
        try (SubethaServer server = SubethaServer.startTls();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            SmtpSettings settings = loopback(server.port(), Security.STARTTLS_REQUIRED).build();

            assertThatThrownBy(() -> Outbox.in(outbox(dir.resolve("out"), 2)).retry(QUICK).send(settings, journal))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageStartingWith("Cannot deliver through 127.0.0.1:" + server.port()
                            + " STARTTLS_REQUIRED: the certificate of 127.0.0.1:" + server.port() + " is not trusted"
                            + " (subject CN=localhost, issued by CN=localhost). If your organisation runs its own"
                            + " certificate authority, trust its certificate with --ca-cert FILE");
            assertThat(server.received()).isEmpty();
            assertThat(journal.entries()).isEmpty();
        }
    }

    @Test
    void refusesAServerThatDoesNotOfferStartTls(@TempDir Path dir) throws Exception {
        try (SubethaServer server = SubethaServer.plain();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            SmtpSettings settings = loopback(server.port(), Security.STARTTLS_REQUIRED)
                    .sslSocketFactory(TestCertificate.get().clientContext().getSocketFactory()).build();

            assertThatThrownBy(() -> Outbox.in(outbox(dir.resolve("out"), 1)).retry(QUICK).send(settings, journal))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessage("Cannot deliver through 127.0.0.1:" + server.port() + " STARTTLS_REQUIRED: STARTTLS is"
                            + " required but the server does not offer it; choose SMTPS (--smtps) if it speaks TLS"
                            + " from the start. 1 letter is left; a rerun with the same journal sends them");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void sendsToTheSameServerWhenPlainIsChosenExplicitly(@TempDir Path dir) throws Exception {
        try (SubethaServer server = SubethaServer.plain();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            OutboxResult result = Outbox.in(outbox(dir.resolve("out"), 1)).retry(QUICK)
                    .send(loopback(server.port(), Security.PLAIN).build(), journal);

            assertThat(result.sent()).hasSize(1);
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void aTlsHandshakeDrippedAByteAtATimeMeetsTheCommandDeadline(@TempDir Path dir) throws Exception {
        try (ServerSocket dripping = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket client = dripping.accept()) {
                    OutputStream out = client.getOutputStream();
                    while (true) {
                        out.write(0x16); // the start of a TLS handshake record that never completes
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // The sender gave up and closed the connection, as it should.
                }
            });
            server.setDaemon(true);
            server.start();
            SmtpSettings settings = loopback(dripping.getLocalPort(), Security.SMTPS)
                    .deadlines(Duration.ofSeconds(1), Duration.ofSeconds(60)).build();

            try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
                DeliveryException stopped = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                        Assertions.assertThrows(DeliveryException.class, () -> Outbox.in(outbox(dir.resolve("out"), 1))
                                .retry(RetryPolicy.none()).send(settings, journal)));

                assertThat(stopped).hasMessage("The SMTP server 127.0.0.1:" + dripping.getLocalPort() + " is"
                        + " unavailable: it could not be reached in 1 attempts (the TLS handshake took longer than the"
                        + " 1 s command deadline). 1 letter is left; a rerun with the same journal sends them");
            }
        }
    }
}
