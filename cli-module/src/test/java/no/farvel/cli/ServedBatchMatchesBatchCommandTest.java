package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.farvel.batch.OutputWriter;
import no.farvel.server.FarvelServer;
import no.farvel.server.ServerConfig;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand sample records through {@code farvel batch} and through {@code POST /v1/batches}: the zip must hold the
 * same files with the same bytes, and the same manifest lines.
 */
class ServedBatchMatchesBatchCommandTest {
    /** Formats whose text is compared before their bytes, so that a difference shows as words, not as a hash. */
    static final Set<String> BINARY_FORMATS = Set.of("pdf", "docx", "eml");
    static final int RECORDS = 1000;
    static final String FORMATS = "pdf,docx,eml,html,txt";

    @TempDir
    Path dir;

    @Test
    void theZipOfAServedBatchHoldsWhatFarvelBatchWrites() throws Exception {
        Path input = TestFiles.sample(dir.resolve("clients.jsonl"), RECORDS);
        Path out = dir.resolve("out");
        Cli.Run batch = Cli.run("batch", input.toString(), "--out", out.toString(), "--formats", FORMATS, "--jobs",
                "2");
        assertThat(batch.exitCode()).as(batch.err()).isIn(0, 1);

        Path zip = dir.resolve("served.zip");
        try (FarvelServer server = FarvelServer.start(ServerConfig.builder(dir.resolve("work")).port(0)
                .limits(ServerConfig.Limits.defaults().withBatchJobs(2)).build())) {
            HttpClient client = HttpClient.newHttpClient();
            String id = upload(client, server.uri(), input);
            awaitDone(client, server.uri().resolve("/v1/batches/" + id));
            client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/batches/" + id + "/zip")).build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
        }

        Map<String, byte[]> served = unzip(zip);
        Map<String, byte[]> written = folder(out);
        assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(written.keySet());
        assertThat(countOk(written.get("manifest.jsonl"))).isPositive()
                .isEqualTo(served.keySet().stream().filter(n -> n.endsWith("/letter.pdf")).count());
        for (String name : written.keySet()) {
            if (name.equals("manifest.jsonl")) {
                assertSameManifest(served.get(name), written.get(name), input.getParent() + "/");
            } else {
                if (BINARY_FORMATS.contains(format(name))) {
                    assertThat(text(name, served.get(name))).as(name).isEqualTo(text(name, written.get(name)));
                }
                assertThat(OutputWriter.sha256(served.get(name))).as(name + ", byte for byte")
                        .isEqualTo(OutputWriter.sha256(written.get(name)));
            }
        }
    }

    private static String upload(HttpClient client, URI base, Path input) throws Exception {
        String boundary = "served-batch-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"formats\"\r\n\r\n" + FORMATS
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"input\"; filename=\""
                + input.getFileName() + "\"\r\n\r\n";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/batches"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(input),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return TestFiles.JSON.readTree(response.body()).path("id").asText();
    }

    private static void awaitDone(HttpClient client, URI status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode batch = TestFiles.JSON.readTree(client.send(HttpRequest.newBuilder(status).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (batch.path("state").asText().equals("done")) {
                assertThat(batch.path("finished").asInt()).isEqualTo(RECORDS);
                return;
            }
            assertThat(batch.path("state").asText()).isIn("queued", "running");
            Thread.sleep(500);
        }
        throw new AssertionError("The served batch did not finish in 20 minutes");
    }

    private static long countOk(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"status\":\"ok\""))
                .count();
    }

    /** The same line for each record, with the input's folder left out of the command line's locations. */
    private static void assertSameManifest(byte[] served, byte[] written, String inputFolder) throws IOException {
        Map<String, ObjectNode> servedLines = byId(new String(served, StandardCharsets.UTF_8));
        Map<String, ObjectNode> writtenLines = byId(new String(written, StandardCharsets.UTF_8)
                .replace(inputFolder, ""));
        assertThat(servedLines.keySet()).containsExactlyElementsOf(writtenLines.keySet());
        for (String id : writtenLines.keySet()) {
            assertThat(servedLines.get(id)).as(id).isEqualTo(writtenLines.get(id));
        }
    }

    private static Map<String, ObjectNode> byId(String manifest) throws IOException {
        Map<String, ObjectNode> lines = new TreeMap<>();
        for (String line : manifest.lines().toList()) {
            ObjectNode node = (ObjectNode) TestFiles.JSON.readTree(line);
            lines.put(node.path("id").asText() + " " + node.path("source").asText(), node);
        }
        return lines;
    }

    private static String format(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** What a reader sees: the PDF's text, the Word document's text, the e-mail's headers and plain-text body. */
    private static String text(String name, byte[] content) throws Exception {
        switch (format(name)) {
            case "pdf" -> {
                try (PDDocument document = Loader.loadPDF(content)) {
                    return new PDFTextStripper().getText(document);
                }
            }
            case "docx" -> {
                try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                        new ByteArrayInputStream(content)))) {
                    return extractor.getText();
                }
            }
            case "eml" -> {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(content));
                return message.getSubject() + "\n" + message.getMessageID() + "\n"
                        + List.of(message.getAllRecipients()) + "\n" + plainText(message);
            }
            default -> throw new AssertionError("No text extraction for " + name);
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Map<String, byte[]> folder(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(path)) {
                    files.put(out.relativize(path).toString(), in.readAllBytes());
                }
            }
        }
        return files;
    }
}
