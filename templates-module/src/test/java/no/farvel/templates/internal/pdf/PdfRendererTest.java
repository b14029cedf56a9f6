package no.farvel.templates.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.testing.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final float MM = 72f / 25.4f;
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void isFoundByServiceLoaderAsPdf() {
        List<LetterRenderer> renderers = ServiceLoader.load(LetterRenderer.class).stream()
                .map(ServiceLoader.Provider::get).filter(r -> r.format().equals("pdf")).toList();

        assertThat(renderers).hasSize(1);
        assertThat(renderers.get(0)).isInstanceOf(PdfRenderer.class);
        assertThat(renderers.get(0).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void writesPdfA1bThatVeraPdfAccepts() throws Exception {
        byte[] pdf = render(LetterFixture.letter(2, true));
        Path sample = Path.of("target", "pdf-samples", "letter.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        PdfA.assertPdfA1b(pdf);
        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
    }

    @Test
    void textHoldsLetterheadRecipientAmountsAndNorwegianLetters() throws IOException {
        String text = text(render(LetterFixture.letter(2, true)));

        assertThat(text).contains("Nordlys Regnskap AS", "Kongens gate 2", "Fjordkraft Demo AS", "Storgata 1",
                "Att.: Øystein Ærø Åsen", "9008 Tromsø", "Oppsigelse av avtale om regnskapstjenester",
                "kr\u00A012\u00A0400,00", "F-2025-002", "post@nordlys.example", "Ingrid Bæk Løvås",
                "takker for samarbeidet i årene som har gått – det har vært", "lærerikt.",
                "• møte 12. november 2024 om arbeidsomfang", "2. Tilganger i Altinn avsluttes 1. mai.",
                "Nordlys Regnskap AS · Kongens gate 2, 0153 Oslo · Org.nr. 923 456 789");
    }

    @Test
    void drawsACharacterThePacksFontLacksWithTheFallbackAndMarksOneNoFontHas() throws IOException {
        LetterDocument letter = LetterFixture.letter(0, false);
        LetterDocument snowman = new LetterDocument(letter.metadata(), letter.letterhead(),
                List.of(new no.farvel.templates.document.Paragraph(List.of(
                        new no.farvel.templates.document.Text("Snø \u2603 AS \uD83D\uDE00 \u6F22 Ltd")))),
                letter.body(), letter.footer());

        String text = text(render(snowman));

        // Liberation Sans has neither snowman nor emoji: DejaVu Sans draws both; no font here has the Han character,
        // so U+FFFD stands for it where it would otherwise vanish.
        assertThat(text).contains("Snø \u2603 AS \uD83D\uDE00 \uFFFD Ltd");
    }

    @Test
    void footerOnEveryPageCountsPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(LetterFixture.letter(2, true)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(footerText(document, 1)).isEqualTo(
                    "Nordlys Regnskap AS · Kongens gate 2, 0153 Oslo · Org.nr. 923 456 789\nSide 1 av 2\n");
            assertThat(footerText(document, 2)).isEqualTo(
                    "Nordlys Regnskap AS · Kongens gate 2, 0153 Oslo · Org.nr. 923 456 789\nSide 2 av 2\n");
        }
    }

    @Test
    void documentPropertiesCarryTitleAuthorSubjectAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(LetterFixture.letter(2, false)))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Oppsigelse av avtale om regnskapstjenester");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Nordlys Regnskap AS");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Oppsigelse – Fjordkraft Demo AS");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                            "Oppsigelse av avtale om regnskapstjenester");
        }
    }

    @Test
    void longTableBreaksAcrossPagesWithItsHeaderOnEachAndFooterCountsPages() throws IOException {
        byte[] pdf = render(LetterFixture.letter(80, false));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            int pagesWithRows = 0;
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertThat(footerText(document, page)).isEqualTo(
                        "Nordlys Regnskap AS · Kongens gate 2, 0153 Oslo · Org.nr. 923 456 789\nSide " + page + " av "
                                + pages + "\n");
                if (text.contains("F-2025-0")) {
                    pagesWithRows++;
                    assertThat(text).as("page %d", page).contains("Fakturanr. Fakturadato Forfall KID Beløp");
                }
            }
            assertThat(pagesWithRows).isGreaterThanOrEqualTo(2);
            assertThat(text(pdf)).contains("F-2025-001", "F-2025-080", "kr\u00A01080,50");
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsHelvetica() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(LetterFixture.letter(80, true)))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, document);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans")
                    .doesNotContain("Helvetica").endsWith("embedded"));
        }
    }

    @Test
    void recipientAddressSitsInTheC5EnvelopeWindow() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(LetterFixture.letter(2, true)))) {
            List<TextPosition> line = firstLineStartingWith(document, "Fjordkraft Demo AS");

            float xMm = line.get(0).getXDirAdj() / MM;
            float baselineMm = line.get(0).getYDirAdj() / MM;
            assertThat(xMm).isBetween(17f, 23f);
            assertThat(baselineMm).isBetween(45f, 55f);
        }
    }

    @Test
    void rendersTheSameLetterFromManyThreadsAtOnce() throws Exception {
        String expected = text(render(LetterFixture.letter(5, true)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> text(render(LetterFixture.letter(5, true)))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void missingImageFailsNamingPackAndPath() {
        RenderContext context = new ClasspathPack().context();

        assertThatThrownBy(() -> renderer.render(LetterFixture.letter(2, true), context, new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessage("The file 'images/logo.png' is missing from pack 'default'.");
    }

    @Test
    void missingFontFailsNamingPackAndPath() {
        RenderContext context = new RenderContext(new ClasspathPack(), new RenderContext.FontFamily("Missing",
                "fonts/Missing-Regular.ttf", "fonts/Missing-Bold.ttf", "fonts/Missing-Italic.ttf",
                "fonts/Missing-BoldItalic.ttf"), null);

        assertThatThrownBy(() -> renderer.render(LetterFixture.letter(2, false), context, new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessage("The file 'fonts/Missing-Regular.ttf' is missing from pack 'default'.");
    }

    @Test
    void fileThatIsNotAFontFailsNamingPackAndPath() {
        ClasspathPack pack = new ClasspathPack().with("fonts/broken.ttf", new byte[] {1, 2, 3});
        RenderContext context = new RenderContext(pack, new RenderContext.FontFamily("Broken", "fonts/broken.ttf",
                "fonts/broken.ttf", "fonts/broken.ttf", "fonts/broken.ttf"), null);

        assertThatThrownBy(() -> renderer.render(LetterFixture.letter(2, false), context, new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessage("The font 'fonts/broken.ttf' in pack 'default' is not a TrueType font (.ttf); replace it "
                        + "with a .ttf file.");
    }

    @Test
    void accentColourThatIsNotHexFailsNamingPack() {
        RenderContext context = new RenderContext(new ClasspathPack(), ClasspathPack.LIBERATION_SANS, "navy");

        assertThatThrownBy(() -> renderer.render(LetterFixture.letter(2, false), context, new ByteArrayOutputStream()))
                .isInstanceOf(RenderException.class)
                .hasMessage("The accent colour 'navy' of pack 'default' is not of the form #rrggbb;"
                        + " fix it in the pack manifest.");
    }

    private byte[] render(LetterDocument letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(letter, new ClasspathPack().with(LetterFixture.LOGO, LetterFixture.logoPng()).context(), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return stripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static PDFTextStripper stripper() {
        return new PDFTextStripper();
    }

    /**
     * The footer's text on {@code page}, read in position order: OpenPDF draws the page-count placeholder before the
     * text around it, so content order would put the count first.
     */
    private static String footerText(PDDocument document, int page) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDPage pdPage = document.getPage(page - 1);
        float height = pdPage.getMediaBox().getHeight();
        stripper.addRegion("footer", new java.awt.geom.Rectangle2D.Float(0, height - 25 * MM, 1000, 25 * MM));
        stripper.extractRegions(pdPage);
        return stripper.getTextForRegion("footer");
    }

    private static void collectFonts(PDResources resources, List<String> into, PDDocument document)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            into.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), into, document);
            }
        }
    }

    private static List<TextPosition> firstLineStartingWith(PDDocument document, String start) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.startsWith(start)) {
                    lines.add(positions);
                }
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        assertThat(lines).as("a line starting with '%s' on page 1", start).isNotEmpty();
        return lines.get(0);
    }
}
