package no.farvel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The benchmarks measure what they claim: the hand-written floors are real letters of the same length as Farvel's,
 * and every benchmark method writes something. Runs each method once, without JMH.
 */
class LetterBenchmarksTest {
    private static final String CLIENT = "Fjordkraft Demo AS";
    private static LetterBenchmarks benchmarks;

    @BeforeAll
    static void setUp() throws Exception {
        benchmarks = new LetterBenchmarks();
        benchmarks.setUp();
    }

    @Test
    void handWrittenPdfIsTheWholeLetterOnAsManyPagesAsFarvels() throws IOException {
        byte[] pdf = benchmarks.handWrittenPdf();

        try (PDDocument floor = Loader.loadPDF(pdf); PDDocument farvel = Loader.loadPDF(benchmarks.pdf())) {
            String text = new PDFTextStripper().getText(floor);
            assertThat(text).contains(CLIENT, "Oppsigelse: Avtale om regnskapstjenester", "20261088007",
                    "Å betale", "Regnskapsmateriale for 2024–2026", LetterText.SIGN_OFF, "Ola Hansen",
                    "Side 2 av 2");
            assertThat(floor.getNumberOfPages())
                    .as("the floor must stay a letter as long as Farvel's, or the ratio means little")
                    .isEqualTo(farvel.getNumberOfPages());
        }
    }

    @Test
    void handWrittenPdfIsPdfA1b() {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                new ByteArrayInputStream(benchmarks.handWrittenPdf()), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("veraPDF PDF/A-1b failures:\n%s", failures).isTrue();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the hand-written PDF: " + e, e);
        }
    }

    @Test
    void handWrittenDocxIsTheWholeLetterWithLetterheadAndInvoiceTable() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(benchmarks.handWrittenDocx()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(CLIENT, "Å betale", LetterText.SIGN_OFF, "Ola Hansen");
            assertThat(docx.getHeaderList()).singleElement()
                    .satisfies(header -> assertThat(header.getText()).contains("Nordlys Regnskap AS"));
            assertThat(docx.getTables()).singleElement()
                    .satisfies(table -> assertThat(table.getNumberOfRows()).isEqualTo(3));
        }
    }

    @Test
    void everyBenchmarkWritesItsFormat() {
        assertThat(benchmarks.pdf()).startsWith(bytes("%PDF-"));
        assertThat(benchmarks.handWrittenPdf()).startsWith(bytes("%PDF-"));
        assertThat(benchmarks.docx()).startsWith(bytes("PK"));
        assertThat(benchmarks.handWrittenDocx()).startsWith(bytes("PK"));
        LetterBenchmarks.HtmlAndText bodies = benchmarks.htmlAndText();
        assertThat(bodies.html()).contains(CLIENT);
        assertThat(bodies.text()).contains(CLIENT);
        assertThat(new String(benchmarks.eml(), StandardCharsets.US_ASCII))
                .contains("Content-Type: application/pdf");
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
