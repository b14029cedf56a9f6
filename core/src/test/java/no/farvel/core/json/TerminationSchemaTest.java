package no.farvel.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TerminationSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = TerminationSchemaTest.class.getResourceAsStream("/no/farvel/core/termination.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everySharedExampleSatisfiesTheSchema() throws IOException {
        List<Path> examples = SharedExamples.files();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Path example : examples) {
            assertThat(locations(MAPPER.readTree(example.toFile()))).as(example.toString()).isEmpty();
        }
    }

    @Test
    void aMinimalDocumentNeedsOnlyIdLocaleAndEffectiveDate() throws IOException {
        assertThat(locations(MAPPER.readTree("{\"id\": \"a\", \"locale\": \"nn\", \"effectiveDate\": \"2027-01-31\"}")))
                .isEmpty();
        assertThat(locations(MAPPER.readTree("{\"id\": \"a\", \"locale\": \"nn\"}"))).containsExactly("$");
    }

    @Test
    void anUnknownFieldFailsAnywhere() throws IOException {
        assertThat(locations(changed(d -> d.put("colour", "red")))).containsExactly("$");
        assertThat(locations(changed(d -> ((ObjectNode) d.get("client").get("address")).put("colour", "red"))))
                .containsExactly("$.client.address");
    }

    @Test
    void badValuesFailAtTheirField() throws IOException {
        assertThat(locations(changed(d -> d.put("id", "../etc")))).containsExactly("$.id");
        assertThat(locations(changed(d -> d.put("id", "..")))).containsExactly("$.id");
        assertThat(locations(changed(d -> d.put("locale", "de")))).containsExactly("$.locale");
        assertThat(locations(changed(d -> d.put("effectiveDate", "31.01.2027")))).containsExactly("$.effectiveDate");
        assertThat(locations(changed(d -> invoice(d).put("amount", "12 400,00"))))
                .containsExactly("$.finalInvoices[0].amount");
        assertThat(locations(changed(d -> invoice(d).put("status", "LATE"))))
                .containsExactly("$.finalInvoices[0].status");
        assertThat(locations(changed(d -> ((ObjectNode) d.get("reasons").get(0)).put("type", "RUDENESS"))))
                .containsExactly("$.reasons[0].type");
        assertThat(locations(changed(d -> ((ObjectNode) d.get("contract")).put("noticePeriod", "2 months"))))
                .containsExactly("$.contract.noticePeriod");
        assertThat(locations(changed(d -> ((ObjectNode) d.get("client")).put("name", "Evil\r\nBcc: x@y"))))
                .containsExactly("$.client.name");
    }

    @Test
    void caseNotesAreOptionalAndBoundedLikeTheReader() throws IOException {
        assertThat(locations(changed(d -> d.putObject("case").put("assessment", "Alvorlig").put("debriefAfterDays", 21)
                .put("decidedOn", "2026-11-20")))).isEmpty();
        assertThat(locations(changed(d -> d.putObject("case").put("debriefAfterDays", 0))))
                .containsExactly("$.case.debriefAfterDays");
        assertThat(locations(changed(d -> d.putObject("case").put("debriefAfterDays", 14.5))))
                .containsExactly("$.case.debriefAfterDays");
        assertThat(locations(changed(d -> d.putObject("case").putObject("consequences").put("mood", "calm"))))
                .containsExactly("$.case.consequences");
        assertThat(locations(changed(d -> ((ObjectNode) d.get("reasons").get(0)).put("assessment", "Alvorlig"))))
                .isEmpty();
    }

    @Test
    void amountsMayBeDecimalStringsOrNumbers() throws IOException {
        assertThat(locations(changed(d -> invoice(d).put("amount", 12400.5)))).isEmpty();
        assertThat(locations(changed(d -> invoice(d).put("amount", "-0.10")))).isEmpty();
        assertThat(locations(changed(d -> invoice(d).put("amount", "1e3")))).containsExactly("$.finalInvoices[0].amount");
    }

    private static ObjectNode invoice(ObjectNode document) {
        return (ObjectNode) document.get("finalInvoices").get(0);
    }

    private static JsonNode changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode document = (ObjectNode) MAPPER.readTree(SharedExamples.example("nb-sen-betaling.json").toFile());
        change.accept(document);
        return document;
    }

    /** The distinct instance locations the schema complains about, such as {@code $.finalInvoices[0].amount}. */
    private static Set<String> locations(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return messages.stream().map(m -> m.getInstanceLocation().toString())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
