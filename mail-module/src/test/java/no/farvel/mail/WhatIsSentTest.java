package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.testing.FaultySmtpServer;
import no.farvel.mail.testing.Letters;
import no.farvel.mail.testing.SubethaServer;
import no.farvel.mail.testing.TestCertificate;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes that reach the server: dated when sent, without Bcc, with the Reply-To asked for, signed with DKIM. */
class WhatIsSentTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:15:30Z");

    @TempDir
    Path dir;

    private static FaultySmtpServer normal() throws java.io.IOException {
        return FaultySmtpServer.start((stage, connection, message) -> null);
    }

    private static LetterEmail withArchiveCopy() {
        return LetterEmail.builder().from("post@nordlys.example", "Nordlys Regnskap AS")
                .to("okonomi@fjordkraft.example", "Fjordkraft Demo AS").bcc(MailAddress.of("arkiv@nordlys.example"))
                .subject("Oppsigelse av avtale").text("Hei.\n\n.Linje som starter med punktum.\n")
                .html("<p>Hei.</p>").messageId("<termination.fjordkraft-demo-2026@nordlys.example>")
                .date(Letters.DATE).build();
    }

    @Test
    void datesTheMessageWhenItIsSentWithANumericZoneAndLeavesTheBccToTheEnvelope() throws Exception {
        byte[] eml = EmlWriter.toBytes(withArchiveCopy());
        try (FaultySmtpServer server = normal();
             SmtpSender oslo = SmtpSender.open(FaultInjectionTest.settings(server), RetryPolicy.none())
                     .clock(Clock.fixed(NOW, ZoneId.of("Europe/Oslo")));
             SmtpSender utc = SmtpSender.open(FaultInjectionTest.settings(server), RetryPolicy.none())
                     .clock(Clock.fixed(NOW, ZoneOffset.UTC))) {
            JournalEntry first = oslo.send(eml, step -> { });
            utc.send(eml, step -> { });

            FaultySmtpServer.Received received = server.received().get(0);
            MimeMessage message = LetterMailTest.parse(received.bytes());
            assertThat(message.getHeader("Date")).containsExactly("Wed, 2 Dec 2026 11:15:30 +0100");
            assertThat(LetterMailTest.parse(server.received().get(1).bytes()).getHeader("Date"))
                    .containsExactly("Wed, 2 Dec 2026 10:15:30 +0000");
            assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("Date: Sat, 28 Nov 2026 09:30:00 +0100");
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(received.recipients()).containsExactly("okonomi@fjordkraft.example", "arkiv@nordlys.example");
            assertThat(received.text()).contains("\r\n.Linje som starter med punktum.");
            assertThat(first.sha256()).isEqualTo(Sha256.hex(eml));
            assertThat(first.sentSha256()).isEqualTo(received.sha256()).isNotEqualTo(first.sha256());
        }
    }

    @Test
    void setsTheReplyToAskedForWhenSending() throws Exception {
        Path file = dir.resolve("out/kunde-1/letter.eml");
        EmlWriter.write(Letters.small(1, "kunde1@fjordkraft.example"), file);
        try (FaultySmtpServer server = normal();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            Outbox.of(dir.resolve("out"), List.of(new LetterToSend("kunde-1",
                            Sha256.hex(Files.readAllBytes(file)))))
                    .replyTo(new MailAddress("saksbehandler@nordlys.example", "Kari Saksbehandler"))
                    .send(FaultInjectionTest.settings(server), journal);

            MimeMessage message = LetterMailTest.parse(server.received().get(0).bytes());
            assertThat(message.getHeader("Reply-To"))
                    .containsExactly("Kari Saksbehandler <saksbehandler@nordlys.example>");
        }
    }

    @Test
    void signsWithDkimSoThatAVerifierAcceptsTheSignatureAndRefusesATamperedCopy() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path keyFile = dir.resolve("dkim.pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        String record = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<String> asked = new java.util.ArrayList<>();
        DKIMVerifier verifier = new DKIMVerifier((method, selector, domain) -> {
            asked.add(selector + "._domainkey." + domain);
            return List.of(record);
        });

        try (FaultySmtpServer server = normal();
             SmtpSender sender = SmtpSender.open(FaultInjectionTest.settings(server), RetryPolicy.none())
                     .dkim(DkimSigning.fromKeyFile(keyFile, "farvel2026", "nordlys.example"))) {
            sender.send(EmlWriter.toBytes(withArchiveCopy()), step -> { });
            byte[] sent = server.received().get(0).bytes();

            assertThat(verifier.verify(new ByteArrayInputStream(sent))).singleElement().satisfies(signature -> {
                assertThat(signature.getDToken()).isEqualTo("nordlys.example");
                assertThat(signature.getSelector()).isEqualTo("farvel2026");
                assertThat(signature.getHeaders()).extracting(CharSequence::toString)
                        .contains("From", "To", "Subject", "Date", "Message-ID");
            });
            assertThat(asked).containsExactly("farvel2026._domainkey.nordlys.example");
            byte[] tampered = new String(sent, StandardCharsets.US_ASCII).replace("Hei.", "Hallo.")
                    .getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> verifier.verify(new ByteArrayInputStream(tampered)))
                    .isInstanceOf(FailException.class);
        }
    }

    @Test
    void refusesAKeyFileItCannotSignWithAndSaysHowToConvertIt() throws Exception {
        Path pkcs1 = Files.writeString(dir.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimSigning.fromKeyFile(pkcs1, "farvel2026", "nordlys.example"))
                .hasMessage("The DKIM key file " + pkcs1 + " is not an unencrypted PKCS#8 key; convert it with:"
                        + " openssl pkcs8 -topk8 -nocrypt -in " + pkcs1 + " -out dkim.pem");
        assertThatThrownBy(() -> DkimSigning.fromKeyFile(pkcs1, "farvel 2026", "nordlys.example"))
                .hasMessage("The DKIM selector 'farvel 2026' is not a DNS name; give one such as farvel2026");
    }

    @Test
    void trustsACompanyCaGivenAsPemBesideTheJdksOwn() throws Exception {
        Path pem = dir.resolve("company-ca.pem");
        Files.writeString(pem, TestCertificate.get().pem());
        try (SubethaServer server = SubethaServer.startTls();
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            SmtpSettings settings = GreenMailDeliveryTest.loopback(server.port(), Security.STARTTLS_REQUIRED)
                    .caCertificates(pem).build();

            OutboxResult result = Outbox.in(GreenMailDeliveryTest.outbox(dir.resolve("out"), 1))
                    .retry(FaultInjectionTest.QUICK).send(settings, journal);

            assertThat(result.sent()).hasSize(1);
            assertThat(server.received()).hasSize(1);
            assertThat(settings.caCertificates()).singleElement()
                    .satisfies(ca -> assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=localhost"));
        }
    }

    @Test
    void saysWhichCaFileCannotBeUsed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatThrownBy(() -> SmtpSettings.builder("mail.example.no", 587).caCertificates(empty))
                .hasMessage("The CA certificate file " + empty + " holds no certificate; give the CA's certificate in"
                        + " PEM form (-----BEGIN CERTIFICATE-----)");
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> SmtpSettings.builder("mail.example.no", 587).caCertificates(missing))
                .hasMessageStartingWith("The CA certificate file " + missing + " cannot be read: ");
    }
}
