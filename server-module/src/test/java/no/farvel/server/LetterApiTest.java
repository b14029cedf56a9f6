package no.farvel.server;

import static no.farvel.server.TestServer.json;
import static no.farvel.server.TestServer.resource;
import static no.farvel.server.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterApiTest {
    @TempDir
    static Path work;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path profiles = Files.createDirectories(work.resolve("profiles"));
        TestServer.copyResource("provider.json", profiles.resolve("nordlys.json"));
        server = TestServer.start(work.resolve("work"), config -> config.providersDir(profiles)
                .limits(ServerConfig.Limits.defaults().withMaxJsonBytes(64 * 1024)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String termination() {
        return resource("termination.json");
    }

    static ObjectNode document() throws IOException {
        return (ObjectNode) TestServer.JSON.readTree(termination());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void rendersThePdfByDefaultWithTheLettersText() throws IOException {
        HttpResponse<byte[]> response = server.post("/v1/letters", termination());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"sjosiden-rorlegger-as-001.pdf\"");
        String text = pdfText(response.body());
        assertThat(text).contains("Sjøsiden Rørlegger AS").contains("31.\u00A0januar\u00A02027");
    }

    @Test
    void choosesTheFormatByAcceptOrByParameter() {
        HttpResponse<byte[]> html = server.post("/v1/letters", termination(), "Accept", "text/html");
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(text(html)).contains("<html").contains("Sjøsiden Rørlegger AS");

        HttpResponse<byte[]> txt = server.post("/v1/letters?format=txt", termination(), "Accept", "text/html");
        assertThat(txt.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(text(txt)).contains("Sjøsiden Rørlegger AS").doesNotContain("<");

        HttpResponse<byte[]> docx = server.post("/v1/letters", termination(), "Accept",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<byte[]> weighted = server.post("/v1/letters", termination(), "Accept",
                "application/pdf;q=0.5, text/plain");
        assertThat(weighted.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    }

    @Test
    void writesTheEmailAsARealMessage() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/letters?format=eml", termination());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(response.body()));
        assertThat(message.getMessageID()).isEqualTo("<termination.sjosiden-rorlegger-as-001@nordlys.example>");
        assertThat(((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo("post@sjosidenrorleggeras.example");
    }

    @Test
    void givesSeveralFormatsAsAZip() throws IOException {
        HttpResponse<byte[]> response = server.post("/v1/letters?format=pdf,txt,eml", termination());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("sjosiden-rorlegger-as-001/letter.pdf",
                "sjosiden-rorlegger-as-001/letter.txt", "sjosiden-rorlegger-as-001/letter.eml");
    }

    @Test
    void refusesAnUnknownFormatOrAnAcceptItCannotMeet() {
        JsonNode unknown = json(server.post("/v1/letters?format=odt", termination()));
        assertThat(unknown.path("status").asInt()).isEqualTo(400);
        assertThat(unknown.path("detail").asText())
                .isEqualTo("format: 'odt' is not a format this server writes; choose from docx, eml, html, pdf, txt");

        HttpResponse<byte[]> response = server.post("/v1/letters", termination(), "Accept", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }

    @Test
    void reportsEveryViolationWithTheCommandLinesPathCodeAndMessage() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("client")).put("orgNumber", "987654321");
        ((ObjectNode) document.get("provider")).put("email", "not an address");

        HttpResponse<byte[]> response = server.post("/v1/letters", document.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json; charset=utf-8");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:farvel:problem:invalid-termination");
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/letters");
        List<String> paths = new ArrayList<>();
        problem.path("violations").forEach(v -> paths.add(v.path("path").asText()));
        assertThat(paths).containsExactly("provider.email", "client.orgNumber");
        JsonNode org = problem.path("violations").get(1);
        assertThat(org.path("code").asText()).isEqualTo("INVALID_ORG_NUMBER");
        assertThat(org.path("text").asText()).isEqualTo("request:1 id=sjosiden-rorlegger-as-001 client.orgNumber: "
                + org.path("message").asText());
        assertThat(org.path("message").asText()).contains("'987654321'");
    }

    @Test
    void namesLineColumnAndFieldOfJsonItCannotRead() {
        String broken = termination().replace("\"amount\": \"5435.79\"", "\"amount\": \"abc\"");

        JsonNode problem = json(server.post("/v1/validate", broken));

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        JsonNode violation = problem.path("violations").get(0);
        assertThat(violation.path("path").asText()).isEqualTo("refunds[0].amount");
        assertThat(violation.path("code").asText()).isEqualTo("READ");
        assertThat(violation.path("where").asText()).startsWith("request:70:");
        assertThat(violation.path("message").asText()).contains("'abc' is not a decimal amount");
    }

    @Test
    void validatesAndChecks() throws IOException {
        JsonNode valid = json(server.post("/v1/validate", termination()));
        assertThat(valid.path("valid").asBoolean()).isTrue();

        JsonNode passed = json(server.post("/v1/check", termination()));
        assertThat(passed.path("pass").asBoolean()).isTrue();

        ObjectNode blaming = document();
        ((ObjectNode) blaming.get("closing")).put("personalNote", "Dette er helt deres skyld.");
        HttpResponse<byte[]> response = server.post("/v1/check", blaming.toString());
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:farvel:problem:guide-check-failed");
        JsonNode first = problem.path("violations").get(0);
        assertThat(first.path("path").asText()).isEqualTo("closing.personalNote");
        assertThat(first.path("code").asText()).isEqualTo("BLAME");
    }

    @Test
    void holdsBackABlamingLetterUnlessFindingsAreAllowed() throws IOException {
        ObjectNode blaming = document();
        ((ObjectNode) blaming.get("closing")).put("personalNote", "Dette er helt deres skyld.");

        assertThat(server.post("/v1/letters", blaming.toString()).statusCode()).isEqualTo(422);
        HttpResponse<byte[]> allowed = server.post("/v1/letters?allowFindings=true&format=txt", blaming.toString());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(Integer.parseInt(allowed.headers().firstValue("Farvel-Warnings").orElseThrow())).isPositive();
        assertThat(text(allowed)).contains("Dette er helt deres skyld.");
    }

    @Test
    void fillsInTheProviderFromAProfile() throws IOException {
        ObjectNode document = document();
        document.remove("provider");

        assertThat(json(server.post("/v1/validate", document.toString())).path("violations").get(0).path("path")
                .asText()).isEqualTo("provider");
        assertThat(json(server.post("/v1/validate?provider=nordlys", document.toString())).path("valid")
                .asBoolean()).isTrue();
        JsonNode unknown = json(server.post("/v1/validate?provider=../../etc/passwd", document.toString()));
        assertThat(unknown.path("status").asInt()).isEqualTo(400);
        assertThat(unknown.path("detail").asText()).startsWith("provider: no profile is named '../../etc/passwd'");
    }

    @Test
    void refusesABodyOverTheLimit() {
        String big = termination().replace("\"closing\": {", "\"closing\": {\"personalNote\": \""
                + "x".repeat(70 * 1024) + "\",");

        HttpResponse<byte[]> response = server.post("/v1/letters", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("detail").asText()).isEqualTo("The body is larger than this server's limit of "
                + "64 KiB");
    }

    @Test
    void refusesAnEmailWithoutAnAddress() throws IOException {
        ObjectNode document = document();
        ((ObjectNode) document.get("client")).remove("email");

        JsonNode problem = json(server.post("/v1/letters?format=eml", document.toString()));

        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("violations").get(0).path("path").asText()).isEqualTo("client.email");
        assertThat(problem.path("violations").get(0).path("code").asText()).isEqualTo("NO_EMAIL");
    }

    @Test
    void listsProfilesAndPacks() {
        JsonNode providers = json(server.get("/v1/providers"));
        assertThat(providers.path("providers").get(0).path("profile").asText()).isEqualTo("nordlys");
        assertThat(providers.path("providers").get(0).path("name").asText()).isEqualTo("Nordlys Regnskap AS");

        JsonNode packs = json(server.get("/v1/packs"));
        assertThat(packs.path("packs").get(0).path("source").asText()).isEqualTo("default");
        assertThat(packs.path("packs").get(0).path("locales").toString()).contains("nb", "nn", "en");
        assertThat(packs.path("inUse").path("name").asText()).isEqualTo(packs.path("packs").get(0).path("name")
                .asText());
    }

    @Test
    void sendingWithoutAnSmtpServerIsNotConfigured() {
        JsonNode problem = json(server.post("/v1/letters/send", termination()));

        assertThat(problem.path("status").asInt()).isEqualTo(501);
        assertThat(problem.path("type").asText()).isEqualTo("urn:farvel:problem:sending-not-configured");
    }
}
