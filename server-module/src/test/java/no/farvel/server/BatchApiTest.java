package no.farvel.server;

import static no.farvel.server.TestServer.json;
import static no.farvel.server.TestServer.parts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchApiTest {
    @TempDir
    Path dir;

    private String upload(TestServer server, Object... parts) {
        HttpResponse<byte[]> response = server.multipart("/v1/batches", parts(parts));
        assertThat(response.statusCode()).as(TestServer.text(response)).isEqualTo(202);
        String id = json(response).path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/batches/" + id);
        return id;
    }

    static List<String> zipNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the zip");
    }

    @Test
    void writesEveryRecordOfJsonLinesAndZipsThemAsTheCommandLineLaysThemOut() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            String id = upload(server, "input", input, "formats", "pdf,txt");

            JsonNode status = server.awaitBatch(id);
            assertThat(status.path("state").asText()).isEqualTo("done");
            assertThat(status.path("total").asInt()).isEqualTo(12);
            assertThat(status.path("done").asInt()).isEqualTo(12);

            byte[] zip = server.get("/v1/batches/" + id + "/zip").body();
            List<String> names = zipNames(zip);
            assertThat(names).hasSize(1 + 12 * 2).contains("manifest.jsonl", "sjosiden-rorlegger-as-001/letter.pdf",
                    "sjosiden-rorlegger-as-001/letter.txt");
            String manifest = zipEntry(zip, "manifest.jsonl");
            assertThat(manifest.lines()).hasSize(12).anyMatch(l -> l.contains("\"source\":\"clients.jsonl:1\""));
            assertThat(manifest).doesNotContain(dir.toString());

            JsonNode records = json(server.get("/v1/batches/" + id + "/records?offset=10&limit=5"));
            assertThat(records.path("total").asInt()).isEqualTo(12);
            assertThat(records.path("records")).hasSize(2);
            assertThat(records.path("records").get(0).path("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void readsACsvWithItsListFilesAndAProviderFile() throws Exception {
        Path csv = Spreadsheets.csvFolder(dir.resolve("csv"));
        Path provider = TestServer.copyResource("provider.json", dir.resolve("provider.json"));
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            String id = upload(server, "input", csv.resolve("clients.csv"), "reasons", csv.resolve("reasons.csv"),
                    "steps", csv.resolve("steps.csv"), "invoices", csv.resolve("invoices.csv"), "refunds",
                    csv.resolve("refunds.csv"), "provider", provider, "formats", "txt");

            JsonNode status = server.awaitBatch(id);
            assertThat(status.path("done").asInt()).as(status.toString()).isEqualTo(status.path("total").asInt());
            assertThat(status.path("total").asInt()).isEqualTo(12);
            String letter = zipEntry(server.get("/v1/batches/" + id + "/zip").body(),
                    "sjosiden-rorlegger-as-001/letter.txt");
            assertThat(letter).contains("Nordlys Regnskap AS").contains("Møte om betalingsplan og omfang");
        }
    }

    @Test
    void readsAnXlsxWorkbookWithAProviderProfile() throws Exception {
        Path workbook = Spreadsheets.workbook(Spreadsheets.csvFolder(dir.resolve("csv")), dir.resolve("clients.xlsx"));
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        TestServer.copyResource("provider.json", profiles.resolve("nordlys.json"));
        try (TestServer server = TestServer.start(dir.resolve("work"), c -> c.providersDir(profiles))) {
            String id = upload(server, "input", workbook, "provider", "nordlys", "formats", "html");

            JsonNode status = server.awaitBatch(id);
            assertThat(status.path("done").asInt()).as(status.toString()).isEqualTo(12);
            // Records are listed as they finish, which two workers do in either order: each names its sheet row.
            List<String> sources = new ArrayList<>();
            json(server.get("/v1/batches/" + id + "/records")).path("records")
                    .forEach(r -> sources.add(r.path("source").asText()));
            assertThat(sources).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(2, 13).mapToObj(row -> "clients.xlsx:" + row).toList());
        }
    }

    @Test
    void namesEachBadRecordAtItsLineAndFieldWhileTheOthersAreWritten() throws Exception {
        List<String> lines = new ArrayList<>(TestServer.resource("clients.jsonl").lines().limit(3).toList());
        lines.set(1, lines.get(1).replaceFirst("\"orgNumber\":\"960876342\"", "\"orgNumber\":\"987654321\""));
        Path input = Files.write(dir.resolve("bad.jsonl"), lines);
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            String id = upload(server, "input", input, "formats", "txt");

            JsonNode status = server.awaitBatch(id);
            assertThat(status.path("done").asInt()).isEqualTo(2);
            assertThat(status.path("failed").asInt()).isEqualTo(1);
            JsonNode failed = json(server.get("/v1/batches/" + id + "/records")).path("records").findParents("status")
                    .stream().filter(r -> r.path("status").asText().equals("failed")).findFirst().orElseThrow();
            JsonNode violation = failed.path("violations").get(0);
            assertThat(violation.path("path").asText()).isEqualTo("client.orgNumber");
            assertThat(violation.path("text").asText()).isEqualTo("bad.jsonl:2 id=sjosiden-rorlegger-as-002 "
                    + "client.orgNumber: '987654321' fails the MOD11 check for organisation numbers");
        }
    }

    @Test
    void followsABatchAsServerSentEvents() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            String id = upload(server, "input", input, "formats", "txt");
            HttpResponse<java.util.stream.Stream<String>> events = server.client.send(
                    server.request("/v1/batches/" + id + "/events", "Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines());

            assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            List<String> lines = events.body().toList();
            assertThat(lines).contains("event: progress", "event: end");
            assertThat(server.get("/v1/batches/" + id + "/events").statusCode()).isEqualTo(406);
            String end = lines.get(lines.indexOf("event: end") + 1);
            assertThat(end).startsWith("data: ").contains("\"state\":\"done\"").contains("\"finished\":12");
        }
    }

    @Test
    void refusesUploadsOverTheSizeLimitWithOrWithoutADeclaredLength() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        try (TestServer server = TestServer.start(dir.resolve("work"),
                c -> c.limits(ServerConfig.Limits.defaults().withMaxUploadBytes(4096)))) {
            HttpResponse<byte[]> declared = server.multipart("/v1/batches", parts("input", input));
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(json(declared).path("detail").asText()).isEqualTo("The upload is larger than this server's "
                    + "limit of 4 KiB; split the batch");

            String boundary = "b0undary";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"input\"; filename=\"c.jsonl\""
                    + "\r\n\r\n" + Files.readString(input) + "\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> chunked = server.send(server.request("/v1/batches")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(json(server.get("/v1/batches")).path("batches")).isEmpty();
        }
    }

    @Test
    void refusesMoreRecordsThanTheLimitBeforeWritingAnyLetter() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        try (TestServer server = TestServer.start(dir.resolve("work"),
                c -> c.limits(ServerConfig.Limits.defaults().withMaxBatchRecords(5)))) {
            JsonNode problem = json(server.multipart("/v1/batches", parts("input", input)));

            assertThat(problem.path("status").asInt()).isEqualTo(413);
            assertThat(problem.path("detail").asText()).isEqualTo("The batch has more than 5 records, this server's "
                    + "limit; split it");
            assertThat(json(server.get("/v1/batches")).path("batches")).isEmpty();
            try (var folders = Files.list(dir.resolve("work/batches"))) {
                assertThat(folders).isEmpty();
            }
        }
    }

    @Test
    void refusesWhatIsNotABatch() throws Exception {
        Path text = Files.writeString(dir.resolve("clients.txt"), "hello");
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            JsonNode wrongType = json(server.multipart("/v1/batches", parts("input", text)));
            assertThat(wrongType.path("status").asInt()).isEqualTo(415);
            assertThat(wrongType.path("detail").asText()).isEqualTo("input: 'clients.txt' is not an input Farvel "
                    + "reads: use .json, .jsonl, .csv or .xlsx");

            JsonNode noInput = json(server.multipart("/v1/batches", parts("formats", "pdf")));
            assertThat(noInput.path("status").asInt()).isEqualTo(400);
            assertThat(noInput.path("detail").asText()).startsWith("input: add the records");

            JsonNode notMultipart = json(server.post("/v1/batches", "{}"));
            assertThat(notMultipart.path("status").asInt()).isEqualTo(415);

            JsonNode badFormat = json(server.multipart("/v1/batches", parts("input",
                    TestServer.copyResource("clients.jsonl", dir.resolve("c.jsonl")), "formats", "pdf,odt")));
            assertThat(badFormat.path("detail").asText()).startsWith("formats: 'odt' is not a format");
        }
    }

    @Test
    void answersUnknownOrForgedBatchIdsWith404() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            for (String id : List.of("aaaaaaaaaaaaaaaaaaaaaaaaaa", "..%2F..%2Fetc", "%2e%2e")) {
                HttpResponse<byte[]> response = server.get("/v1/batches/" + id + "/zip");
                assertThat(response.statusCode()).as(id).isEqualTo(404);
                assertThat(json(response).path("type").asText()).startsWith("urn:farvel:problem:");
            }
        }
    }

    @Test
    void sendsTheLettersOnceWithTheJournalOfFarvelSend() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        try (TestServer server = TestServer.start(dir.resolve("work"), c -> c.smtp(SmtpSettings.builder("127.0.0.1",
                mail.getSmtp().getPort()).security(Security.PLAIN).build()))) {
            String id = upload(server, "input", input, "formats", "eml");
            server.awaitBatch(id);

            assertThat(server.postEmpty("/v1/batches/" + id + "/send?dryRun=true").statusCode()).isEqualTo(202);
            assertThat(server.awaitBatch(id).path("delivery").path("wouldSend").asInt()).isEqualTo(12);
            assertThat(mail.getReceivedMessages()).isEmpty();

            assertThat(server.postEmpty("/v1/batches/" + id + "/send").statusCode()).isEqualTo(202);
            JsonNode first = server.awaitBatch(id).path("delivery");
            assertThat(first.path("sent").asInt()).as(first.toString()).isEqualTo(12);
            int received = mail.getReceivedMessages().length;
            assertThat(received).isGreaterThanOrEqualTo(12);

            server.postEmpty("/v1/batches/" + id + "/send");
            JsonNode second = server.awaitBatch(id).path("delivery");
            assertThat(second.path("sent").asInt()).isZero();
            assertThat(second.path("alreadySent").asInt()).isEqualTo(12);
            assertThat(mail.getReceivedMessages()).hasSize(received);
            assertThat(dir.resolve("work/batches/" + id + "/out/delivery.jsonl")).isRegularFile();

            JsonNode one = json(server.post("/v1/letters/send", TestServer.resource("termination.json")));
            assertThat(one.path("sent").asInt()).as(one.toString()).isEqualTo(1);
            JsonNode again = json(server.post("/v1/letters/send", TestServer.resource("termination.json")));
            assertThat(again.path("alreadySent").asInt()).isEqualTo(1);
            assertThat(again.path("letters").get(0).path("status").asText()).isEqualTo("alreadySent");
        } finally {
            mail.stop();
        }
    }

    @Test
    void resumesABatchAServerStopLeftInterrupted() throws Exception {
        Path input = TestServer.copyResource("clients.jsonl", dir.resolve("clients.jsonl"));
        Path work = dir.resolve("work");
        String id;
        try (TestServer server = TestServer.start(work)) {
            id = upload(server, "input", input, "formats", "txt");
            server.awaitBatch(id);
        }
        // As a server killed mid-batch leaves it: job.json says running, the manifest holds the first five records.
        Path job = work.resolve("batches").resolve(id);
        Files.writeString(job.resolve("job.json"), Files.readString(job.resolve("job.json"))
                .replace("\"state\":\"DONE\"", "\"state\":\"RUNNING\""));
        Path manifest = job.resolve("out/manifest.jsonl");
        Files.write(manifest, Files.readAllLines(manifest).subList(0, 5));
        try (TestServer server = TestServer.start(work)) {
            JsonNode interrupted = json(server.get("/v1/batches/" + id));
            assertThat(interrupted.path("state").asText()).isEqualTo("interrupted");
            assertThat(interrupted.path("done").asInt()).isEqualTo(5);

            assertThat(server.postEmpty("/v1/batches/" + id + "/resume").statusCode()).isEqualTo(202);
            JsonNode resumed = server.awaitBatch(id);
            assertThat(resumed.path("state").asText()).isEqualTo("done");
            assertThat(resumed.path("skipped").asInt()).isEqualTo(5);
            assertThat(resumed.path("done").asInt()).isEqualTo(7);
            assertThat(Files.readAllLines(manifest)).hasSize(12);

            assertThat(server.delete("/v1/batches/" + id).statusCode()).isEqualTo(204);
            assertThat(job).doesNotExist();
            assertThat(server.get("/v1/batches/" + id).statusCode()).isEqualTo(404);
        }
    }
}
