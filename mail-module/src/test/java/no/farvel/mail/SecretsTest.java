package no.farvel.mail;

import static no.farvel.mail.GreenMailDeliveryTest.QUICK;
import static no.farvel.mail.GreenMailDeliveryTest.loopback;
import static no.farvel.mail.GreenMailDeliveryTest.outbox;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP password appears nowhere we write: not in output, journal, exceptions or settings. */
class SecretsTest {
    private static final String PASSWORD = "Pa55-ord-som-ingen-skal-se";

    @Test
    void thePasswordNeverAppearsInOutputJournalOrMessages(@TempDir Path dir) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("ola@nordlys.example", "ola", PASSWORD);
        server.start();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder said = new StringBuilder();
        try {
            PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            Path journalFile = dir.resolve("delivery.jsonl");
            SmtpSettings good = loopback(server.getSmtp().getPort(), Security.PLAIN)
                    .login("ola", PASSWORD.toCharArray()).build();
            SmtpSettings bad = loopback(server.getSmtp().getPort(), Security.PLAIN)
                    .login("ola", (PASSWORD + "-feil").toCharArray()).build();
            try (DeliveryJournal journal = DeliveryJournal.open(journalFile)) {
                OutboxResult result = Outbox.in(outbox(dir.resolve("out"), 2)).retry(QUICK).send(good, journal);
                assertThat(result.sent()).hasSize(2);
                said.append(result).append('\n');
            }
            try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("other.jsonl"))) {
                Outbox.in(dir.resolve("out")).retry(QUICK).send(bad, journal);
            } catch (DeliveryException e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                said.append(trace).append('\n');
            }
            said.append(good).append('\n').append(bad).append('\n');
            said.append(Files.readString(journalFile));
        } finally {
            System.setOut(out);
            System.setErr(err);
            server.stop();
        }
        said.append(captured.toString(StandardCharsets.UTF_8));

        Base64.Encoder base64 = Base64.getEncoder();
        assertThat(said.toString())
                .contains("as ola with a password")
                .doesNotContain(PASSWORD)
                .doesNotContain(base64.encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(base64.encodeToString(("\0ola\0" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(base64.encodeToString(("ola\0ola\0" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
