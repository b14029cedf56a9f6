package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {
    @TempDir
    Path dir;

    private GreenMail server;
    private Path out;
    private List<String> ids;

    @BeforeEach
    void writeThreeLettersAndStartAServer() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), 3);
        out = dir.resolve("out");
        Cli.Run batch = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", "eml");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        ids = TestFiles.readJsonLines(input).stream().map(r -> r.get("id").asText()).toList();
    }

    @AfterEach
    void stopTheServer() {
        server.stop();
    }

    private String smtp() {
        return "127.0.0.1:" + server.getSmtp().getPort();
    }

    @Test
    void sendsEveryLetterOnceAndARerunSendsNothingAgain() throws Exception {
        Cli.Run first = Cli.run("send", out.toString(), "--smtp", smtp(), "--plain");
        Cli.Run second = Cli.run("send", out.toString(), "--smtp", smtp(), "--plain");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.outLines()).hasSize(4).last().isEqualTo("3 sent, 0 already sent, 0 refused, 0 in doubt,"
                + " 0 left, 0 ignored; journal: " + out.resolve("delivery.jsonl"));
        assertThat(first.outLines().get(0)).startsWith("ACCEPTED <termination." + ids.stream().sorted().findFirst()
                .orElseThrow() + "@");
        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(second.outLines()).containsExactly("0 sent, 3 already sent, 0 refused, 0 in doubt, 0 left,"
                + " 0 ignored; journal: " + out.resolve("delivery.jsonl"));
        assertThat(Files.readAllLines(out.resolve("delivery.jsonl"))).as("in flight, then accepted").hasSize(6);
    }

    @Test
    void aDryRunListsTheLettersAndConnectsToNothing() {
        Cli.Run run = Cli.run("send", out.toString(), "--smtp", "127.0.0.1:1", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(4).last()
                .isEqualTo("3 would be sent, 0 already sent, 0 refused, 0 in doubt, 0 ignored");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesAServerWithoutStartTlsUnlessPlainIsAskedFor() {
        Cli.Run run = Cli.run("send", out.toString(), "--smtp", smtp());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().get(0)).startsWith("farvel: ").containsIgnoringCase("STARTTLS");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsOnlyWhatTheManifestListsAsWrittenAndReportsAnyOtherLetterFile() throws Exception {
        Path byHand = out.resolve("by-hand").resolve("letter.eml");
        Files.createDirectories(byHand.getParent());
        Files.copy(out.resolve(ids.get(0)).resolve("letter.eml"), byHand);
        Path changed = out.resolve(ids.get(1)).resolve("letter.eml");
        Files.writeString(changed, Files.readString(changed).replace("Subject:", "Bcc: all@evil.example\r\nSubject:"));

        Cli.Run run = Cli.run("send", out.toString(), "--smtp", smtp(), "--plain");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(server.getReceivedMessages()).hasSize(2);
        assertThat(run.outLines()).last().isEqualTo("2 sent, 0 already sent, 0 refused, 0 in doubt, 0 left,"
                + " 2 ignored; journal: " + out.resolve("delivery.jsonl"));
        assertThat(run.errLines()).contains(byHand + " is not listed as written; left alone");
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith(changed + " changed since it was"
                + " written: its SHA-256 is "));
    }

    @Test
    void refusesAManifestOrJournalThatIsALinkEvenOnADryRun() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.jsonl"), "");
        Files.createSymbolicLink(out.resolve("delivery.jsonl"), elsewhere);

        Cli.Run journal = Cli.run("send", out.toString(), "--smtp", smtp(), "--dry-run");
        Files.delete(out.resolve("manifest.jsonl"));
        Files.createSymbolicLink(out.resolve("manifest.jsonl"), elsewhere);
        Cli.Run manifest = Cli.run("send", out.toString(), "--smtp", smtp(), "--dry-run");

        assertThat(journal.exitCode()).isEqualTo(1);
        assertThat(journal.errLines()).containsExactly("farvel: The delivery journal " + out.resolve("delivery.jsonl")
                + " is a symbolic link; Farvel does not follow links out of the output folder. Remove the link, or"
                + " send from a folder of your own");
        assertThat(manifest.errLines()).containsExactly("farvel: " + out.resolve("manifest.jsonl") + " is a symbolic"
                + " link; Farvel does not follow links out of the output folder. Remove the link and write the folder"
                + " again with farvel batch");
        assertThat(elsewhere).isEmptyFile();
    }

    @Test
    void aBadReplyToOrCaFileIsAUsageError() throws Exception {
        Cli.Run replyTo = Cli.run("send", out.toString(), "--smtp", smtp(), "--plain", "--reply-to", "Kari <k@x.no>");
        Cli.Run ca = Cli.run("send", out.toString(), "--smtp", smtp(), "--ca-cert",
                Files.writeString(dir.resolve("ca.pem"), "not a certificate").toString());

        assertThat(replyTo.exitCode()).isEqualTo(2);
        assertThat(replyTo.errLines().get(0)).isEqualTo("Invalid value for option '--reply-to': 'Kari <k@x.no>' is"
                + " not an e-mail address; write it as local@domain, without name or brackets");
        assertThat(ca.exitCode()).isEqualTo(2);
        assertThat(ca.errLines().get(0)).startsWith("farvel: The CA certificate file " + dir.resolve("ca.pem"));
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aBadServerAddressIsAUsageError() {
        Cli.Run run = Cli.run("send", out.toString(), "--smtp", "mail.example.no");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Invalid value for option '--smtp': 'mail.example.no' is not "
                + "HOST:PORT, such as mail.example.no:587");
    }
}
