package no.farvel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import no.farvel.cli.internal.PackSpecs;
import no.farvel.mail.SmtpSettings;
import no.farvel.server.AccessTokens;
import no.farvel.server.FarvelServer;
import no.farvel.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code farvel serve}: the HTTP API and the web page, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API under /v1 (described at /v1/openapi.json) and the web page at /, until "
                + "Ctrl-C or SIGTERM; then it finishes running batches (up to --shutdown-grace) and stops.",
                "On any address but loopback it needs bearer tokens (--token-file or --token-env)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The port; 0 takes any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--work", defaultValue = "farvel-work", paramLabel = "DIR",
            description = "The only folder the server writes to: uploads, batches, sent letters (default: "
                    + "${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer tokens, one a line.")
    Path tokenFile;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "An environment variable with bearer tokens, separated by commas.")
    String tokenEnv;

    @Option(names = "--keystore", paramLabel = "FILE.p12",
            description = "Serve HTTPS with the key and certificate in this PKCS#12 key store.")
    Path keyStore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR",
            description = "The environment variable holding the key store's password.")
    String keyStorePasswordEnv;

    @Option(names = "--providers", paramLabel = "DIR",
            description = "Provider profiles: NAME.json files, each a provider object as for --provider FILE.")
    Path providers;

    @Option(names = "--pack", paramLabel = "SPEC", description = "The template pack letters are written with.")
    String pack;

    @Mixin
    PackSourceOptions packSource = new PackSourceOptions();

    @Option(names = "--packs", paramLabel = "DIR", description = "A folder of packs for GET /v1/packs to list.")
    Path packs;

    @Mixin
    SmtpOptions smtp;

    @Option(names = "--max-upload-mb", defaultValue = "100", paramLabel = "MB",
            description = "The largest batch upload (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--max-batch-records", defaultValue = "10000", paramLabel = "N",
            description = "The most records in one batch (default: ${DEFAULT-VALUE}).")
    int maxBatchRecords;

    @Option(names = "--max-renders", paramLabel = "N",
            description = "Letters rendered at once over the API (default: two per processor).")
    Integer maxRenders;

    @Option(names = "--batch-jobs", paramLabel = "N",
            description = "Records rendered at once within a batch (default: one per processor).")
    Integer batchJobs;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin whose pages may call the API, such as https://billing.example; repeatable. "
                    + "CORS is off without it.")
    List<String> corsOrigins = List.of();

    @Option(names = "--access-log", defaultValue = "-", paramLabel = "FILE",
            description = "Where the JSON access log goes; '-' is standard output (default), 'off' turns it off.")
    String accessLog;

    @Option(names = "--shutdown-grace", defaultValue = "60", paramLabel = "SECONDS",
            description = "How long stopping waits for running batches (default: ${DEFAULT-VALUE}); those still "
                    + "running are resumed with POST /v1/batches/ID/resume after a restart.")
    long shutdownGrace;

    @Override
    public Integer call() throws Exception {
        ServerConfig.Builder config = ServerConfig.builder(work).host(host).port(port).tokens(tokens())
                .providersDir(providers).pack(PackSpecs.load(pack, packSource.options(), spec.commandLine().getErr()))
                .packsDir(packs).corsOrigins(corsOrigins)
                .shutdownGrace(Duration.ofSeconds(shutdownGrace)).limits(limits());
        if (keyStore != null) {
            char[] password = keyStorePassword();
            config.tls(keyStore, password);
            Arrays.fill(password, '\0');
        }
        if (smtp.given()) {
            config.smtp(smtp.settings());
        }
        PrintStream log = accessLog();
        if (log != null) {
            config.accessLog(line(log));
        }
        FarvelServer server;
        try {
            server = FarvelServer.start(config.build());
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean finished = server.stop();
            err.println("farvel serve: stopped; " + (finished ? "every batch finished"
                    : "batches still running are left to resume with POST /v1/batches/ID/resume"));
            err.flush();
        }, "farvel-shutdown"));
        err.println("farvel serve: listening on " + server.uri() + " (web page " + server.uri() + "/, API "
                + server.uri() + "/v1/openapi.json); Ctrl-C stops");
        err.flush();
        server.awaitStop();
        return 0;
    }

    private AccessTokens tokens() throws IOException {
        if (tokenFile != null && tokenEnv != null) {
            throw new ParameterException(spec.commandLine(), "Give --token-file or --token-env, not both");
        }
        try {
            if (tokenFile != null) {
                return AccessTokens.fromFile(tokenFile);
            }
            return tokenEnv == null ? AccessTokens.none() : AccessTokens.fromEnvironment(tokenEnv);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private char[] keyStorePassword() {
        if (keyStorePasswordEnv == null) {
            throw new ParameterException(spec.commandLine(), "Give --keystore-password-env VAR with --keystore");
        }
        return SmtpSettings.passwordFromEnvironment(keyStorePasswordEnv);
    }

    private ServerConfig.Limits limits() {
        ServerConfig.Limits limits = ServerConfig.Limits.defaults();
        try {
            limits = limits.withMaxUploadBytes(maxUploadMb << 20).withMaxBatchRecords(maxBatchRecords);
            if (maxRenders != null) {
                limits = limits.withMaxConcurrentRenders(maxRenders);
            }
            return batchJobs == null ? limits : limits.withBatchJobs(batchJobs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private PrintStream accessLog() throws IOException {
        if (accessLog.equals("off")) {
            return null;
        }
        if (accessLog.equals("-")) {
            return System.out;
        }
        OutputStream file = Files.newOutputStream(Path.of(accessLog), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return new PrintStream(file, true, StandardCharsets.UTF_8);
    }

    private static Consumer<String> line(PrintStream log) {
        return text -> {
            synchronized (log) {
                log.println(text);
            }
        };
    }
}
