package no.farvel.server.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import no.farvel.server.ServerConfig;

/** Puts the routes, the guard, the access log and the error handling together on Javalin and Jetty. */
public final class HttpApplication {
    private final ServerConfig config;
    private final HttpGuard guard;
    private final AccessLog accessLog;
    private final Metrics metrics;
    private final List<Routes> routes;
    private final List<String> registered = new CopyOnWriteArrayList<>();
    private volatile boolean ready = true;

    /** Something that adds routes. */
    @FunctionalInterface
    public interface Routes {
        void register(JavalinConfig config);
    }

    public HttpApplication(ServerConfig config, Metrics metrics, List<Routes> routes) {
        this.config = config;
        this.metrics = metrics;
        this.routes = List.copyOf(routes);
        this.guard = new HttpGuard(config.tokens(), config.corsOrigins(), config.keyStore() != null);
        this.accessLog = new AccessLog(config.accessLog(), metrics);
    }

    /** The routes as declared, {@code GET /v1/batches/{id}}; for holding the OpenAPI document against them. */
    public List<String> registeredRoutes() {
        return List.copyOf(registered);
    }

    /** Turns {@code /ready} to 503, so a load balancer sends no more work while the server drains. */
    public void notReady() {
        ready = false;
    }

    public Javalin create(Path multipartTmp) {
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.http.prefer405over404 = true;
            javalin.http.maxRequestSize = config.limits().maxJsonBytes();
            javalin.jetty.threadPool = threadPool();
            javalin.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            javalin.jetty.addConnector(this::connector);
            javalin.jetty.multipartConfig.cacheDirectory(multipartTmp.toString());
            javalin.jetty.multipartConfig.maxFileSize(config.limits().maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(config.limits().maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize(16, SizeUnit.KB);
            javalin.events.handlerAdded(meta -> registered.add(meta.getHttpMethod().name() + " " + meta.getPath()));
            javalin.routes.before(ctx -> {
                accessLog.start(ctx);
                guard.before(ctx);
            });
            javalin.routes.after(accessLog::finish);
            operations(javalin);
            routes.forEach(r -> r.register(javalin));
            errors(javalin);
        });
    }

    private void operations(JavalinConfig javalin) {
        javalin.routes.get("/health", ctx -> Json.send(ctx, 200, Json.object().put("status", "up")));
        javalin.routes.get("/ready", ctx -> {
            if (!ready) {
                throw ProblemException.of(503, "shutting-down", "The server is shutting down",
                        "It finishes the batches it has and takes no new work").withHeader("Retry-After", "30");
            }
            Json.send(ctx, 200, Json.object().put("status", "ready"));
        });
        javalin.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }

    private void errors(JavalinConfig javalin) {
        javalin.routes.exception(ProblemException.class, (e, ctx) -> Json.sendProblem(ctx, e));
        javalin.routes.exception(HttpResponseException.class, (e, ctx) -> Json.sendProblem(ctx,
                ProblemException.of(e.getStatus(), e.getStatus() == 413 ? "too-large" : "http-" + e.getStatus(),
                        e.getMessage(), e.getMessage())));
        javalin.routes.exception(Exception.class, (e, ctx) -> { e.printStackTrace(); Json.sendProblem(ctx, ProblemException.of(500,
                "internal", "Something went wrong in the server", "The request could not be completed ("
                        + e.getClass().getSimpleName() + "); the server's operators can look into it")); });
        javalin.routes.error(404, ctx -> notFound(ctx));
        javalin.routes.error(405, ctx -> {
            if (!Json.problemSent(ctx)) {
                Json.sendProblem(ctx, ProblemException.of(405, "method-not-allowed", "Method not allowed",
                        ctx.method().name() + " is not a method of " + ctx.path() + "; see /v1/openapi.json"));
            }
        });
    }

    private static void notFound(Context ctx) {
        if (!Json.problemSent(ctx)) {
            Json.sendProblem(ctx, ProblemException.of(404, "not-found", "Not found",
                    "Nothing is at this address; /v1/openapi.json lists the API"));
        }
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(64, 4);
        pool.setName("farvel-http");
        pool.setDaemon(true);
        return pool;
    }

    private ServerConnector connector(Server server, HttpConfiguration http) {
        ServerConnector connector;
        if (config.keyStore() != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(config.keyStore().toAbsolutePath().toString());
            ssl.setKeyStoreType("PKCS12");
            char[] password = config.keyStorePassword();
            ssl.setKeyStorePassword(new String(password));
            java.util.Arrays.fill(password, '\0');
            HttpConfiguration https = new HttpConfiguration(http);
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // Clients often reach a loopback or internal name the certificate does not list; TLS itself still holds.
            secure.setSniHostCheck(false);
            https.addCustomizer(secure);
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(https));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(60_000);
        return connector;
    }
}
