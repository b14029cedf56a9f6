package no.farvel.server;

import static no.farvel.server.TestServer.json;
import static no.farvel.server.TestServer.parts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsTest {
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TempDir
    Path dir;

    @Test
    void describesEveryRouteInTheOpenApiDocumentAndNothingElse() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            JsonNode openApi = json(server.get("/v1/openapi.json"));
            assertThat(openApi.path("openapi").asText()).isEqualTo("3.1.0");

            Set<String> documented = new HashSet<>();
            openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            Set<String> served = new HashSet<>();
            for (String route : server.server.routes()) {
                if (HTTP_METHODS.contains(route.substring(0, route.indexOf(' ')))) {
                    served.add(route);
                }
            }
            assertThat(served).contains("POST /v1/letters", "GET /v1/batches/{id}/events", "GET /metrics");
            assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        }
    }

    @Test
    void answersHealthReadinessAndMetrics() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            assertThat(json(server.get("/health")).path("status").asText()).isEqualTo("up");
            assertThat(json(server.get("/ready")).path("status").asText()).isEqualTo("ready");
            server.post("/v1/letters?format=pdf", TestServer.resource("termination.json"));
            server.post("/v1/letters", "{\"id\": 7}");

            String metrics = TestServer.text(server.get("/metrics"));

            assertThat(metrics).contains("# TYPE farvel_letters_rendered_total counter",
                    "farvel_letters_rendered_total{format=\"pdf\"} 1",
                    "farvel_letter_failures_total{reason=\"invalid\"} 1",
                    "# TYPE farvel_render_duration_seconds histogram",
                    "farvel_render_duration_seconds_count 1",
                    "farvel_render_duration_seconds_bucket{le=\"+Inf\"} 1",
                    "farvel_http_requests_total{route=\"/v1/letters\",status=\"200\"} 1",
                    "farvel_http_requests_total{route=\"/v1/letters\",status=\"400\"} 1",
                    "farvel_batches_active 0");
        }
    }

    @Test
    void logsEachRequestWithoutPersonalData() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        TestServer.copyResource("provider.json", profiles.resolve("nordlys.json"));
        try (TestServer server = TestServer.start(dir.resolve("work"), c -> c.providersDir(profiles))) {
            String document = TestServer.resource("termination.json");
            server.post("/v1/check?provider=nordlys", document);
            server.get("/v1/batches/aaaaaaaaaaaaaaaaaaaaaaaaaa");

            List<String> lines = server.accessLogLines();
            assertThat(lines).hasSize(2);
            JsonNode check = TestServer.JSON.readTree(lines.get(0));
            assertThat(check.path("method").asText()).isEqualTo("POST");
            assertThat(check.path("route").asText()).isEqualTo("/v1/check");
            assertThat(check.path("query").toString()).isEqualTo("[\"provider\"]");
            assertThat(check.path("status").asInt()).isEqualTo(200);
            assertThat(check.path("requestBytes").asLong()).isPositive();
            JsonNode batch = TestServer.JSON.readTree(lines.get(1));
            assertThat(batch.path("route").asText()).isEqualTo("/v1/batches/{id}");
            assertThat(String.join("\n", lines)).doesNotContain("nordlys", "Sjøsiden", "127.0.0.1", "aaaaaaaa");
        }
    }

    @Test
    void finishesARunningBatchBeforeItStopsAndTakesNoNewOne() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        Path work = dir.resolve("work");
        TestServer server = TestServer.start(work);
        String id = json(server.multipart("/v1/batches", parts("input", input, "formats", "pdf,docx")))
                .path("id").asText();

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server.server::stop);
        List<Integer> readiness = new ArrayList<>();
        int refused = 0;
        while (!stopped.isDone()) {
            try {
                readiness.add(server.get("/ready").statusCode());
                refused = Math.max(refused, server.multipart("/v1/batches", parts("input", input)).statusCode());
            } catch (RuntimeException connectionClosed) {
                break;
            }
        }

        assertThat(stopped.get()).isTrue();
        assertThat(readiness).contains(503);
        assertThat(refused).isEqualTo(503);
        assertThat(Files.readString(work.resolve("batches").resolve(id).resolve("job.json")))
                .contains("\"state\":\"DONE\"");
        assertThat(Files.readAllLines(work.resolve("batches").resolve(id).resolve("out/manifest.jsonl"))).hasSize(12);
    }
}
