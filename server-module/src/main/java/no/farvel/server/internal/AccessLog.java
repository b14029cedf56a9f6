package no.farvel.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One JSON line per request, for operations: the route as declared ({@code /v1/batches/{id}}, never the values in
 * it), the names of the query parameters but not their values, status, duration and sizes. No body, no header, no
 * address: nothing that could name a client or a person.
 */
public final class AccessLog {
    private static final String START = "farvel.start";

    private final Consumer<String> sink;
    private final Metrics metrics;

    public AccessLog(Consumer<String> sink, Metrics metrics) {
        this.sink = sink;
        this.metrics = metrics;
    }

    public void start(Context ctx) {
        ctx.attribute(START, System.nanoTime());
    }

    public void finish(Context ctx) {
        Long start = ctx.attribute(START);
        double seconds = start == null ? 0 : (System.nanoTime() - start) / 1e9;
        String route = route(ctx);
        String status = Integer.toString(ctx.statusCode());
        metrics.increment("farvel_http_requests_total", "route", route, "status", status);
        metrics.observe("farvel_http_request_duration_seconds", seconds, "route", route);
        ObjectNode line = Json.object();
        line.put("time", Instant.now().toString()).put("method", ctx.method().name()).put("route", route);
        TreeSet<String> names = new TreeSet<>(ctx.queryParamMap().keySet());
        if (!names.isEmpty()) {
            names.forEach(line.putArray("query")::add);
        }
        line.put("status", ctx.statusCode()).put("ms", Math.round(seconds * 10_000) / 10.0)
                .put("requestBytes", Math.max(ctx.req().getContentLengthLong(), 0))
                .put("authenticated", ctx.attribute("farvel.authenticated") != null);
        String length = ctx.res().getHeader("Content-Length");
        if (length != null) {
            line.put("responseBytes", Long.parseLong(length));
        }
        sink.accept(line.toString());
    }

    /** The route template that matched, or {@code unmatched}, so paths with ids do not each become a series. */
    static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
