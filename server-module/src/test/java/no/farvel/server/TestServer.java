package no.farvel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A server on a random loopback port with its own work folder, and an HTTP client to call it. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "test-token-0123456789abcdef";

    final FarvelServer server;
    final HttpClient client;
    private List<String> accessLog;
    private String token;

    private TestServer(FarvelServer server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    static TestServer start(Path work) throws IOException {
        return start(work, config -> { });
    }

    static TestServer start(Path work, Consumer<ServerConfig.Builder> customize) throws IOException {
        return start(work, customize, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    static TestServer start(Path work, Consumer<ServerConfig.Builder> customize, HttpClient client)
            throws IOException {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ServerConfig.Builder config = ServerConfig.builder(work).port(0).accessLog(log::add)
                .shutdownGrace(Duration.ofSeconds(30));
        customize.accept(config);
        TestServer test = new TestServer(FarvelServer.start(config.build()), client);
        test.accessLog = log;
        return test;
    }

    /** The access log's lines so far. */
    List<String> accessLogLines() {
        synchronized (accessLog) {
            return List.copyOf(accessLog);
        }
    }

    TestServer withToken(String token) {
        this.token = token;
        return this;
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<byte[]> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<byte[]> post(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    HttpResponse<byte[]> postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart/form-data upload: a value of type Path is a file part, anything else a field. */
    HttpResponse<byte[]> multipart(String path, Map<String, Object> parts) {
        String boundary = "farvel-test-boundary-7d3a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, Object> part : parts.entrySet()) {
                body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (part.getValue() instanceof Path file) {
                    body.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
                            + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    body.write(Files.readAllBytes(file));
                } else {
                    body.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n"
                            + part.getValue()).getBytes(StandardCharsets.UTF_8));
                }
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static Map<String, Object> parts(Object... namesAndValues) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parts.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parts;
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A test resource's text. */
    static String resource(String name) {
        try (InputStream in = TestServer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a test resource to {@code target}. */
    static Path copyResource(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, resource(name), StandardCharsets.UTF_8);
        return target;
    }

    /** Waits until the batch is neither queued nor running, and returns its status. */
    JsonNode awaitBatch(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = json(get("/v1/batches/" + id));
            String state = status.path("state").asText();
            boolean sending = status.path("delivery").path("state").asText().equals("sending");
            if (!state.equals("queued") && !state.equals("running") && !sending) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Batch " + id + " did not finish in five minutes");
    }

    @Override
    public void close() {
        server.close();
    }
}
