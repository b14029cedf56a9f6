package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code ./farvel} as a user does, as a separate process from another directory. */
class LauncherIT {
    static final Path ROOT = Path.of(System.getProperty("farvel.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result farvel(Path workingDir, String... args) throws IOException, InterruptedException {
        return farvel(workingDir, Map.of(), args);
    }

    static Result farvel(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("farvel").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.directory(workingDir.toFile())
                .redirectOutput(workingDir.resolve("stdout.txt").toFile())
                .redirectError(workingDir.resolve("stderr.txt").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("farvel finished").isTrue();
        return new Result(process.exitValue(), Files.readString(workingDir.resolve("stdout.txt")),
                Files.readString(workingDir.resolve("stderr.txt")));
    }

    @Test
    void theReadmesFirstCommandWritesAFolderOfLettersFromTheBundledSamples() throws Exception {
        Path out = dir.resolve("out");

        Result result = farvel(dir, "batch", ROOT.resolve("samples/data/clients.jsonl").toString(), "--out",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // A progress line appears every ten seconds, which a busy machine may need; anything else is an error.
        assertThat(result.err().lines().filter(line -> !line.startsWith("progress: "))).isEmpty();
        assertThat(result.out()).startsWith("12 done, 0 failed, 0 skipped in ");
        List<String> ids = TestFiles.readJsonLines(ROOT.resolve("samples/data/clients.jsonl")).stream()
                .map(r -> r.get("id").asText()).toList();
        assertThat(TestFiles.assertConsistent(out)).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(Files.readString(out.resolve(id).resolve("letter.pdf"), StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-");
        }
    }

    @Test
    void worksFromAnyDirectoryAndReportsUsageErrorsWithExitCodeTwo() throws Exception {
        Result version = farvel(dir, "--version");
        Result usage = farvel(dir, "batch");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("farvel ");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("Missing required options and parameters: '--out=DIR', 'INPUT'");
    }

    @Test
    void everyCommandRunsThroughTheLauncher() throws Exception {
        Result sample = farvel(dir, "sample", "--count", "3", "--out", "s.csv", "--without-provider");
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);
        Result validate = farvel(dir, "validate", "s.csv", "--provider", provider.toString());
        Result batch = farvel(dir, "batch", "s.csv", "--provider", "provider.json", "--out", "out", "--formats", "txt");
        Path first = Files.list(dir.resolve("out")).filter(Files::isDirectory).findFirst().orElseThrow();
        Result render = farvel(dir, "render", RenderCommandTest.sharedExample("en-scope.json").toAbsolutePath()
                .toString(), "--out", "one", "--formats", "txt");

        assertThat(sample.exitCode()).isZero();
        assertThat(validate.out()).isEqualTo("3 records, 3 valid, 0 invalid\n");
        assertThat(batch.exitCode()).isZero();
        assertThat(first.resolve("letter.txt")).exists();
        assertThat(render.out()).isEqualTo(Path.of("one/harbour-analytics-2026/letter.txt") + "\n");
    }

    @Test
    void theGuideCheckPacksAndADryRunOfSendingRunThroughTheLauncher() throws Exception {
        Path example = RenderCommandTest.sharedExample("nb-sen-betaling.json").toAbsolutePath();
        Result check = farvel(dir, "check", example.toString());
        Result packs = farvel(dir, "pack", "list");
        Result verify = farvel(dir, "pack", "verify", "default");
        farvel(dir, "render", example.toString(), "--out", "mail", "--formats", "eml");
        Result dryRun = farvel(dir, "send", "mail", "--smtp", "mail.example.no:587", "--dry-run");

        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).isEqualTo("1 record: 1 pass, 0 with warnings, 0 fail\n");
        assertThat(packs.out()).startsWith("default  default 1.0.0  [nb, nn, en]");
        assertThat(verify.out()).isEqualTo("Pack 'default': no problems found\n");
        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).endsWith("1 would be sent, 0 already sent, 0 refused, 0 in doubt, 0 ignored\n");
        assertThat(dir.resolve("mail/delivery.jsonl")).content().contains("\"status\":\"DRY_RUN\"");
    }

    @Test
    void startsFromTheClassDataArchiveItMakesAndWithoutItWhenAskedToLaunchPlain() throws Exception {
        Path archive = ROOT.resolve("cli-module/target/farvel.jsa");
        Path example = ROOT.resolve("samples/data/one-client.json");
        Result version = farvel(dir, "--version");
        Result tuned = farvel(dir, Map.of("FARVEL_JAVA_OPTS", "-Xlog:class+load=info:file=tuned.log"), "render",
                example.toString(), "--out", "tuned", "--formats", "txt");
        Result plain = farvel(dir, Map.of("FARVEL_LAUNCH", "plain", "FARVEL_JAVA_OPTS",
                "-Xlog:class+load=info:file=plain.log"), "render", example.toString(), "--out", "plain", "--formats",
                "txt");

        assertThat(version.err()).isEmpty();
        assertThat(archive).isRegularFile();
        assertThat(tuned.exitCode()).as(tuned.err()).isZero();
        assertThat(tuned.err()).isEmpty();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        String renderCommand = "no.farvel.cli.RenderCommand source: ";
        assertThat(Files.readString(dir.resolve("tuned.log"))).contains(renderCommand + "shared objects file (top)");
        assertThat(Files.readString(dir.resolve("plain.log"))).contains(renderCommand + "file:")
                .doesNotContain("(top)");
        assertThat(Files.readString(letterIn(dir.resolve("tuned"))))
                .isEqualTo(Files.readString(letterIn(dir.resolve("plain"))));
    }

    /** The letter.txt of the one record folder {@code render} wrote under {@code out}. */
    private static Path letterIn(Path out) throws IOException {
        try (var folders = Files.list(out)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow().resolve("letter.txt");
        }
    }

    @Test
    void servesTheApiUntilSigtermThenStopsGracefully() throws Exception {
        Path err = dir.resolve("serve.err");
        Process process = new ProcessBuilder(ROOT.resolve("farvel").toString(), "serve", "--port", "0", "--work",
                dir.resolve("work").toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("access.log").toFile()).redirectError(err.toFile()).start();
        try {
            String listening = "";
            for (int i = 0; i < 600 && listening.isEmpty() && process.isAlive(); i++) {
                Thread.sleep(100);
                listening = Files.readString(err).lines().findFirst().orElse("");
            }
            assertThat(listening).startsWith("farvel serve: listening on http://127.0.0.1:");
            URI base = URI.create(listening.replaceFirst("^farvel serve: listening on (\\S+) .*$", "$1"));
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(base.resolve("/v1/letters"))
                    .POST(HttpRequest.BodyPublishers.ofFile(ROOT.resolve("samples/data/one-client.json"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            process.destroy();

            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(health.body()).isEqualTo("{\"status\":\"up\"}");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(Files.readAllLines(err)).containsExactly(listening,
                    "farvel serve: stopped; every batch finished");
        } finally {
            process.destroyForcibly();
        }
        List<String> log = Files.readAllLines(dir.resolve("access.log"));
        assertThat(log).hasSize(2);
        assertThat(log.get(1)).contains("\"method\":\"POST\",\"route\":\"/v1/letters\"").contains("\"status\":200");
    }
}
