package no.farvel.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import no.farvel.server.internal.BatchEndpoints;
import no.farvel.server.internal.BatchJobs;
import no.farvel.server.internal.HttpApplication;
import no.farvel.server.internal.LetterEndpoints;
import no.farvel.server.internal.LetterSender;
import no.farvel.server.internal.LetterService;
import no.farvel.server.internal.Metrics;
import no.farvel.server.internal.ProviderProfiles;
import no.farvel.server.internal.WebResources;
import no.farvel.templates.Farvel;

/**
 * Farvel over HTTP: the API under {@code /v1} (described at {@code /v1/openapi.json}), the web pages at {@code /} and
 * {@code /batch}, and {@code /health}, {@code /ready} and {@code /metrics}. A thin adapter: letters are rendered,
 * checked, batched and sent by the same library calls as the command line.
 *
 * <pre>{@code
 * try (FarvelServer server = FarvelServer.start(ServerConfig.builder(Path.of("work")).port(8080).build())) {
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class FarvelServer implements AutoCloseable {
    private final ServerConfig config;
    private final Javalin javalin;
    private final HttpApplication application;
    private final BatchJobs batches;
    private final BatchEndpoints batchEndpoints;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private FarvelServer(ServerConfig config, Javalin javalin, HttpApplication application, BatchJobs batches,
                         BatchEndpoints batchEndpoints) {
        this.config = config;
        this.javalin = javalin;
        this.application = application;
        this.batches = batches;
        this.batchEndpoints = batchEndpoints;
    }

    /**
     * Starts the server and returns once it listens.
     *
     * @throws IllegalStateException when the address is not loopback and no token is configured
     * @throws IOException when the work folder or a provider profile cannot be read, or the port is taken
     */
    public static FarvelServer start(ServerConfig config) throws IOException {
        Objects.requireNonNull(config, "The parameter 'config' must not be null");
        refuseOpenAccess(config);
        Path work = config.workDir().toAbsolutePath().normalize();
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Metrics metrics = new Metrics();
        ProviderProfiles profiles = ProviderProfiles.load(config.providersDir());
        // The service turns guide findings into problem documents itself (LetterService), so render hands them over.
        Farvel.Builder farvel = Farvel.builder().allowFindings();
        if (config.pack() != null) {
            farvel.pack(config.pack());
        }
        LetterService letters = new LetterService(farvel.build(), metrics, config.limits().maxConcurrentRenders());
        LetterSender sender = new LetterSender(work.resolve("letters"), config.smtp(), metrics);
        BatchJobs batches = new BatchJobs(work.resolve("batches"), config.pack(), profiles, metrics,
                config.limits().maxConcurrentBatches(), config.limits().maxQueuedBatches(),
                config.limits().batchJobs());
        BatchEndpoints batchEndpoints = new BatchEndpoints(batches, profiles, sender, config.limits());
        WebResources web = new WebResources();
        HttpApplication application = new HttpApplication(config, metrics, List.of(
                new LetterEndpoints(letters, profiles, sender, config.limits().maxJsonBytes(), config.packsDir())
                        ::register,
                batchEndpoints::register,
                web::register));
        Javalin javalin = application.create(tmp);
        try {
            javalin.start();
        } catch (RuntimeException e) {
            batches.drain(java.time.Duration.ZERO);
            throw new IOException("The server could not listen on " + config.host() + ":" + config.port() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return new FarvelServer(config, javalin, application, batches, batchEndpoints);
    }

    private static void refuseOpenAccess(ServerConfig config) throws UnknownHostException {
        if (config.tokens().isEmpty() && !InetAddress.getByName(config.host()).isLoopbackAddress()) {
            throw new IllegalStateException("Refusing to listen on " + config.host() + " without authentication: "
                    + "give bearer tokens (--token-file FILE or --token-env VAR), or listen on 127.0.0.1 behind a "
                    + "reverse proxy that authenticates");
        }
    }

    /** The port the server listens on, the chosen one when it was started with port 0. */
    public int port() {
        return javalin.port();
    }

    /** Where the server is reached, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create((config.keyStore() == null ? "http" : "https") + "://" + host + ":" + port());
    }

    /** The routes as declared, {@code POST /v1/letters}; the OpenAPI document lists each of them. */
    public List<String> routes() {
        return application.registeredRoutes();
    }

    /**
     * Stops gracefully: {@code /ready} turns 503, no new batch is taken, running batches get the configured grace to
     * finish (those that do not are resumable after a restart), then the listener closes. Idempotent.
     *
     * @return whether every batch finished within the grace
     */
    public boolean stop() {
        if (!stopping.compareAndSet(false, true)) {
            return true;
        }
        application.notReady();
        boolean finished = batches.drain(config.shutdownGrace());
        batchEndpoints.stop();
        javalin.stop();
        stopped.countDown();
        return finished;
    }

    /** Waits until another thread (a shutdown hook, say) has stopped the server. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop();
    }
}
