package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code farvel send} through a real Postfix from Debian: STARTTLS with a certificate from a throwaway CA given with
 * --ca-cert, SASL AUTH, delivery to a Maildir. {@code .ci/postfix-setup.sh} sets Postfix up and writes the
 * FARVEL_POSTFIX_* variables this reads. Under CI (CI=true) a missing Postfix fails the test; elsewhere it skips.
 */
class SendPostfixIT {
    private static final Map<String, String> ENV = System.getenv();

    @TempDir
    Path dir;

    private String host;
    private Path maildir;

    @BeforeEach
    void requirePostfix() {
        boolean ci = "true".equalsIgnoreCase(ENV.get("CI"));
        String missing = ENV.get("FARVEL_POSTFIX_PORT") == null
                ? "the FARVEL_POSTFIX_* variables are not set: run .ci/postfix-setup.sh as root and source the file it"
                + " prints (set -a; . FILE; set +a) before the build" : null;
        if (ci) {
            assertThat(missing).as("a real Postfix is required under CI").isNull();
        }
        Assumptions.assumeTrue(missing == null, () -> "Skipping the Postfix test: " + missing);
        host = ENV.get("FARVEL_POSTFIX_HOST") + ":" + ENV.get("FARVEL_POSTFIX_PORT");
        maildir = Path.of(ENV.get("FARVEL_POSTFIX_MAILDIR"));
    }

    record Result(int exitCode, String out, String err) {
    }

    private Result farvel(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.ROOT.resolve("farvel").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("FARVEL_TEST_PASSWORD", ENV.get("FARVEL_POSTFIX_PASSWORD"));
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("farvel finished").isTrue();
        return new Result(process.exitValue(), Files.readString(dir.resolve("stdout.txt")),
                Files.readString(dir.resolve("stderr.txt")));
    }

    /** One letter from the bundled sample generator, addressed to the Postfix test mailbox. */
    private Path oneLetter() throws Exception {
        Path input = TestFiles.sample(dir.resolve("in.jsonl"), 1);
        ObjectNode record = TestFiles.readJsonLines(input).get(0);
        ((ObjectNode) record.get("client")).put("email", ENV.get("FARVEL_POSTFIX_TO"));
        TestFiles.writeJsonLines(input, List.of(record.toString()));
        Result batch = farvel("batch", input.toString(), "--out", "out", "--formats", "pdf,eml");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        return dir.resolve("out");
    }

    /** The Maildir's message files, by name; a Maildir never renames a file within new/ or cur/. */
    private List<Path> mailboxFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path folder = maildir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    all.addAll(files.toList());
                }
            }
        }
        return all;
    }

    /**
     * The messages with this Message-ID that arrived after {@code before} was listed (earlier runs left theirs), once
     * the first is there and a little longer, so that a late duplicate is counted too.
     */
    private List<MimeMessage> delivered(String messageId, List<Path> before, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (matching(messageId, before).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        return matching(messageId, before);
    }

    private List<MimeMessage> matching(String messageId, List<Path> before) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (Path file : mailboxFiles()) {
            if (!before.contains(file)) {
                MimeMessage message = strict(file);
                if (messageId.equals(message.getMessageID())) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private static MimeMessage strict(Path file) throws Exception {
        Properties strict = new Properties();
        strict.setProperty("mail.mime.address.strict", "true");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(strict), in);
            message.getContent(); // parse the whole tree now, while the file is open
            return message;
        }
    }

    private static Part pdf(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = pdf(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void deliversTheLetterOnceThroughPostfixWithStartTlsTheCompanyCaAndALogin() throws Exception {
        Path out = oneLetter();
        String id = Files.list(out).filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        String messageId = "<termination." + id + "@nordlys.example>";
        List<Path> before = mailboxFiles();

        Result send = farvel("send", "out", "--smtp", host, "--ca-cert", ENV.get("FARVEL_POSTFIX_CA"),
                "--user", ENV.get("FARVEL_POSTFIX_USER"), "--password-env", "FARVEL_TEST_PASSWORD");
        Result again = farvel("send", "out", "--smtp", host, "--ca-cert", ENV.get("FARVEL_POSTFIX_CA"),
                "--user", ENV.get("FARVEL_POSTFIX_USER"), "--password-env", "FARVEL_TEST_PASSWORD");

        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).startsWith("ACCEPTED " + messageId + " to " + ENV.get("FARVEL_POSTFIX_TO") + " (250 ")
                .endsWith("1 sent, 0 already sent, 0 refused, 0 in doubt, 0 left, 0 ignored; journal: "
                        + Path.of("out", "delivery.jsonl") + "\n");
        assertThat(again.out()).startsWith("0 sent, 1 already sent");
        List<MimeMessage> arrived = delivered(messageId, before, Duration.ofSeconds(30));
        assertThat(arrived).as("arrived exactly once").hasSize(1);
        MimeMessage message = arrived.get(0);
        assertThat(message.getHeader("Date")[0]).matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(String.join(" ", message.getHeader("Received"))).contains("ESMTPSA"); // TLS and AUTH
        assertThat(pdf(message)).isNotNull();
        assertThat(send.err()).isEmpty();
    }

    @Test
    void withoutTheCompanyCaTheErrorNamesTheCertificateAndSuggestsCaCert() throws Exception {
        oneLetter();

        Result send = farvel("send", "out", "--smtp", host, "--user", ENV.get("FARVEL_POSTFIX_USER"),
                "--password-env", "FARVEL_TEST_PASSWORD");

        assertThat(send.exitCode()).isEqualTo(1);
        assertThat(send.err()).contains("is not trusted (subject CN=localhost, issued by CN=Farvel Test CA). If your"
                + " organisation runs its own certificate authority, trust its certificate with --ca-cert FILE");
        assertThat(send.out()).isEqualTo("0 sent, 0 already sent, 0 refused, 0 in doubt, 1 left, 0 ignored; journal: "
                + Path.of("out", "delivery.jsonl") + "\n");
    }
}
