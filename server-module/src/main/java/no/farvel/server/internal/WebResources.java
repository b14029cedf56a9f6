package no.farvel.server.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web pages and their scripts and styles, served from the class path by a fixed list of names: a request picks one
 * of these, it never names a file.
 */
public final class WebResources {
    private static final String FOLDER = "/no/farvel/server/web/";
    private static final Map<String, String> PAGES = Map.of("/", "index.html", "/batch", "batch.html");
    private static final Map<String, String> ASSETS = Map.of(
            "app.css", "text/css; charset=utf-8",
            "common.js", "text/javascript; charset=utf-8",
            "letter.js", "text/javascript; charset=utf-8",
            "batch.js", "text/javascript; charset=utf-8");
    private static final String OPENAPI = "/no/farvel/server/openapi.json";

    private final Map<String, byte[]> loaded;

    public WebResources() {
        java.util.HashMap<String, byte[]> all = new java.util.HashMap<>();
        PAGES.values().forEach(name -> all.put(name, read(FOLDER + name)));
        ASSETS.keySet().forEach(name -> all.put(name, read(FOLDER + name)));
        all.put("openapi.json", read(OPENAPI));
        this.loaded = Map.copyOf(all);
    }

    public void register(JavalinConfig config) {
        PAGES.forEach((path, name) -> config.routes.get(path, ctx -> send(ctx, name, "text/html; charset=utf-8")));
        config.routes.get("/assets/{name}", ctx -> {
            String name = ctx.pathParam("name");
            String type = ASSETS.get(name);
            if (type == null) {
                throw ProblemException.of(404, "not-found", "Not found", "There is no asset by that name");
            }
            send(ctx, name, type);
        });
        config.routes.get("/v1/openapi.json", ctx -> send(ctx, "openapi.json", "application/json; charset=utf-8"));
    }

    /** The OpenAPI document's text, for tests that hold it against the routes. */
    public String openApi() {
        return new String(loaded.get("openapi.json"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void send(Context ctx, String name, String type) {
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType(type).result(loaded.get(name));
    }

    private static byte[] read(String resource) {
        try (InputStream in = WebResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the farvel-server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
