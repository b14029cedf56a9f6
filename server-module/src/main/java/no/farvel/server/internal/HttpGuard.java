package no.farvel.server.internal;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import no.farvel.server.AccessTokens;

/**
 * What every request passes first: the bearer token for the API and metrics, CORS for the origins configured (none by
 * default), and the headers that keep a browser from sniffing, framing or caching what it gets.
 */
public final class HttpGuard {
    /** The web page may load only its own scripts and styles; the letter preview's inline styles are allowed. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-src 'self' blob:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Set<String> OPEN = Set.of("/health", "/ready");

    private final AccessTokens tokens;
    private final List<String> corsOrigins;
    private final boolean tls;

    public HttpGuard(AccessTokens tokens, List<String> corsOrigins, boolean tls) {
        this.tokens = tokens;
        this.corsOrigins = List.copyOf(corsOrigins);
        this.tls = tls;
    }

    /** Runs before every handler; throws a problem for a request without a valid token. */
    public void before(Context ctx) {
        boolean api = ctx.path().startsWith("/v1/") || ctx.path().equals("/metrics");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", api || OPEN.contains(ctx.path()) ? API_POLICY : PAGE_POLICY);
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (api) {
            ctx.header("Cache-Control", "no-store");
        }
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        String origin = ctx.header("Origin");
        boolean allowedOrigin = origin != null && corsOrigins.contains(origin);
        if (allowedOrigin) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Expose-Headers", "Location, Farvel-Warnings, Content-Disposition");
        }
        if (ctx.method() == HandlerType.OPTIONS) {
            if (allowedOrigin) {
                ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
                ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept");
                ctx.header("Access-Control-Max-Age", "600");
            }
            ctx.status(204).skipRemainingHandlers();
            return;
        }
        if (api && !tokens.isEmpty()) {
            authenticate(ctx);
        }
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProblemException.of(401, "not-authenticated", "A bearer token is needed",
                    "Send the header 'Authorization: Bearer TOKEN' with one of this server's tokens")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"farvel\"");
        }
        if (!tokens.accepts(header.substring(7).strip())) {
            throw ProblemException.of(401, "not-authenticated", "The bearer token is not valid",
                    "The token is not one of this server's tokens")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"farvel\", error=\"invalid_token\"");
        }
        ctx.attribute("farvel.authenticated", Boolean.TRUE);
    }
}
