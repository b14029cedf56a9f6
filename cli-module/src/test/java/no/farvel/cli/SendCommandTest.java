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
        assertThat(first.outLines()).hasSize(4).last().isEqualTo("3 sent, 0 already sent, 0 not sent; journal: "
                + out.resolve("delivery.jsonl"));
        assertThat(first.outLines().get(0)).startsWith("ACCEPTED <termination." + ids.stream().sorted().findFirst()
                .orElseThrow() + "@");
        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(second.outLines()).containsExactly("0 sent, 3 already sent, 0 not sent; journal: "
                + out.resolve("delivery.jsonl"));
        assertThat(Files.readAllLines(out.resolve("delivery.jsonl"))).hasSize(3);
    }

    @Test
    void aDryRunListsTheLettersAndConnectsToNothing() {
        Cli.Run run = Cli.run("send", out.toString(), "--smtp", "127.0.0.1:1", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(4).last().isEqualTo("3 would be sent, 0 already sent");
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
    void aBadServerAddressIsAUsageError() {
        Cli.Run run = Cli.run("send", out.toString(), "--smtp", "mail.example.no");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Invalid value for option '--smtp': 'mail.example.no' is not "
                + "HOST:PORT, such as mail.example.no:587");
    }
}
