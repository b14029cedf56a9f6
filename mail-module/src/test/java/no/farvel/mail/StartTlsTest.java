package no.farvel.mail;

import static no.farvel.mail.GreenMailDeliveryTest.QUICK;
import static no.farvel.mail.GreenMailDeliveryTest.loopback;
import static no.farvel.mail.GreenMailDeliveryTest.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import no.farvel.mail.testing.SubethaServer;
import no.farvel.mail.testing.TestCertificate;
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
}
