package no.farvel.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.testing.HostilePack;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.SampleLetter;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

class DocxRendererTest {
    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void isFoundByServiceLoaderAsTheDocxFormat() {
        List<LetterRenderer> docx = new ArrayList<>();
        ServiceLoader.load(LetterRenderer.class).forEach(r -> {
            if (r.format().equals("docx")) {
                docx.add(r);
            }
        });
        assertThat(docx).singleElement().isInstanceOf(DocxRenderer.class);
        assertThat(docx.get(0).mediaType())
            .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void paragraphsReferenceTheLetterStylesById() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            List<String> styles = paragraphs(docx).stream().map(XWPFParagraph::getStyle).distinct().toList();
            // Normal first: the empty paragraph that takes the body down to the envelope window.
            assertThat(styles).containsExactly("Normal", "Recipient", "Title", "Heading2", "ListParagraph",
                "TableHeading", "TableText", "Signature");
            assertThat(textOf(docx, "Title")).isEqualTo("Oppsigelse av avtale om regnskapstjenester");
            assertThat(textOf(docx, "Heading2")).isEqualTo("Bakgrunn");
        }
    }

    @Test
    void styleSheetCarriesPackFontSizeLanguageAndAccent() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            CTStyle normal = docx.getStyles().getStyle("Normal").getCTStyle();
            assertThat(normal.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Liberation Sans");
            assertThat(normal.getRPr().getSzArray(0).getVal()).hasToString("22");
            assertThat(normal.getRPr().getLangArray(0).getVal()).isEqualTo("nb-NO");
            CTStyle title = docx.getStyles().getStyle("Title").getCTStyle();
            assertThat(title.getRPr().getColorArray(0).xmlText()).contains("w:val=\"1F3A5F\"");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading3").getName()).isEqualTo("heading 3");
            assertThat(docx.getStyles().getStyle("FarvelTable").getCTStyle().xmlText())
                .contains("<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"1F3A5F\"/>");
        }
    }

    @Test
    void recipientStartsInTheWindowOfAC5EnvelopeWithTheReferencesBesideIt() throws IOException {
        LetterDocument sample = SampleLetter.bokmal();
        List<Block> body = new ArrayList<>(sample.body());
        body.add(0, new Division("meta", List.of(new Paragraph(List.of(new Text("Vår ref.: NR-2025-114"))))));
        try (XWPFDocument docx = render(new LetterDocument(sample.metadata(), sample.letterhead(), sample.recipient(),
                body, sample.footer()))) {
            // The body starts at the 20 mm top margin, as the PDF's; an empty paragraph 25 mm high takes it down to
            // the window, 45 mm from the top.
            XWPFParagraph spacer = docx.getParagraphs().get(0);
            assertThat(spacer.getText()).isEmpty();
            assertThat(spacer.getSpacingBetween() * 20).isCloseTo(25 * 72 / 25.4 * 20, within(1.0));
            assertThat(spacer.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
            XWPFTableRow window = docx.getTables().get(0).getRow(0);
            assertThat(window.getCell(0).getText()).isEqualTo(
                "Fjordkraft Demo AS\nAtt.: Ingrid Bakke\nStorgata 1\n0155 Oslo");
            assertThat(window.getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("Recipient");
            // The window is 85 mm wide; the references stand right of it, right-aligned at the row's foot.
            assertThat(window.getCell(0).getWidth()).isEqualTo(4819);
            assertThat(window.getCell(1).getText()).contains("NR-2025-114");
            assertThat(window.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(window.getCell(1).getVerticalAlignment()).isEqualTo(XWPFTableCell.XWPFVertAlign.BOTTOM);
            assertThat(window.isCantSplitRow()).isTrue();
            assertThat(window.getHeight()).isEqualTo(2268);
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getH()).hasToString("16838");
            assertThat(docx.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString("1134");
            assertThat(docx.getDocument().getBody().getSectPr().getPgMar().getTop()).hasToString("1134");
        }
    }

    @Test
    void theLetterheadIsAFrameAtThePdfsPlace() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            XWPFParagraph letterhead = docx.getHeaderList().get(0).getParagraphs().get(0);
            CTFramePr frame = letterhead.getCTP().getPPr().getFramePr();
            // 80 mm wide at the right margin, 15 mm from the top edge of the paper.
            assertThat(frame.getW()).hasToString("4535");
            assertThat(frame.getX()).hasToString("6236");
            assertThat(frame.getY()).hasToString("850");
            assertThat(frame.getHAnchor()).isEqualTo(STHAnchor.PAGE);
            assertThat(frame.getVAnchor()).isEqualTo(STVAnchor.PAGE);
        }
    }

    @Test
    void invoiceTableRepeatsItsHeaderAndAlignsAmountsRight() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            // Table 0 is the window row.
            XWPFTable table = docx.getTables().get(1);
            assertThat(table.getStyleID()).isEqualTo("FarvelTable");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableHeading");
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Beløp");
            XWPFParagraph amount = table.getRow(1).getCell(3).getParagraphs().get(0);
            assertThat(amount.getText()).isEqualTo("kr 12 400,00");
            assertThat(amount.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(amount.getStyle()).isEqualTo("TableText");
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getAlignment())
                .isEqualTo(ParagraphAlignment.LEFT);
            assertThat(table.getRow(3).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableHeading");
            assertThat(table.getRow(3).getCell(3).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void corePropertiesNameTitleAuthorSubjectAndLanguage() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Oppsigelse av avtale om regnskapstjenester");
            assertThat(core.getCreator()).isEqualTo("Nordlys Regnskap AS");
            assertThat(core.getSubject()).isEqualTo("Oppsigelse – Fjordkraft Demo AS");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("nb-NO");
        }
    }

    @Test
    void letterheadIsInTheFirstPageHeaderOnly() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(policy.getFirstPageHeader().getText()).contains("Nordlys Regnskap AS  ·  Kirkegata 12");
            assertThat(policy.getDefaultHeader()).isNull();
            assertThat(policy.getFirstPageHeader().getAllPictures()).hasSize(1);
        }
    }

    @Test
    void logoKeepsItsAspectRatioAtTheRequestedWidth() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            XWPFRun run = docx.getHeaderFooterPolicy().getFirstPageHeader().getParagraphs().get(0).getRuns().get(0);
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            // 36 mm wide; the 240 x 60 px logo is 4:1, so 9 mm high (36 000 EMU per mm).
            assertThat(inline.getExtent().getCx()).isEqualTo(1_296_000L);
            assertThat(inline.getExtent().getCy()).isEqualTo(324_000L);
            assertThat(inline.getDocPr().getDescr()).isEqualTo("Nordlys Regnskap AS");
        }
    }

    @Test
    void footerOnEveryPageHasPageAndNumPagesFields() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            for (XWPFFooter footer : List.of(policy.getDefaultFooter(), policy.getFirstPageFooter())) {
                List<String> codes = new ArrayList<>();
                for (XWPFRun run : footer.getParagraphs().get(0).getRuns()) {
                    run.getCTR().getInstrTextList().stream().map(CTText::getStringValue).forEach(codes::add);
                }
                assertThat(codes).containsExactly(" PAGE ", " NUMPAGES ");
                assertThat(footer.getParagraphs().get(0).getStyle()).isEqualTo("Footer");
                assertThat(footer.getText()).contains("Side 1 av 1");
            }
        }
    }

    @Test
    void listsUseBulletAndDecimalNumberingDefinitions() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            List<XWPFParagraph> items = docx.getParagraphs().stream()
                .filter(p -> "ListParagraph".equals(p.getStyle())).toList();
            assertThat(items).extracting(XWPFParagraph::getNumFmt)
                .containsExactly("bullet", "bullet", "decimal", "decimal");
            assertThat(items.get(2).getNumID()).isNotEqualTo(items.get(0).getNumID());
            assertThat(items.get(2).getNumLevelText()).isEqualTo("%1.");
        }
    }

    @Test
    void linkIsARealHyperlink() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            List<XWPFHyperlinkRun> links = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                paragraph.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast).forEach(links::add);
            }
            assertThat(links).singleElement().satisfies(link -> {
                assertThat(link.text()).isEqualTo("post@nordlys.no");
                assertThat(link.getHyperlink(docx).getURL()).isEqualTo("mailto:post@nordlys.no");
                assertThat(link.getStyle()).isEqualTo("Hyperlink");
            });
        }
    }

    @Test
    void signatureLeavesRoomForAHandwrittenSignature() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.bokmal())) {
            List<XWPFParagraph> signature = paragraphs(docx).stream()
                .filter(p -> "Signature".equals(p.getStyle())).toList();
            assertThat(signature).extracting(XWPFParagraph::getText)
                .containsExactly("Med vennlig hilsen\nNordlys Regnskap AS", "Kari Nordmann\ndaglig leder");
            // 27 mm, as the PDF leaves.
            assertThat(signature.get(1).getSpacingBefore()).isEqualTo(1531);
            assertThat(docx.getStyles().getStyle("Signature").getCTStyle().getPPr().isSetKeepNext()).isTrue();
            // The closing paragraph and the signature share a table row that cannot split: they turn the page together.
            XWPFTableCell frame = (XWPFTableCell) signature.get(0).getBody();
            assertThat(frame.getTableRow().isCantSplitRow()).isTrue();
            assertThat(frame.getParagraphs().get(0).getText()).startsWith("Vi takker for tilliten");
            assertThat(frame.getParagraphs()).hasSize(3);
        }
    }

    @Test
    void ruleIsAParagraphWithTheBorderedRuleStyle() throws IOException {
        try (XWPFDocument docx = render(SampleLetter.withBody(SampleLetter.ruleBody()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getStyle)
                .containsExactly("Normal", "Normal", "Rule", "Normal");
            assertThat(docx.getParagraphs().get(2).getText()).isEmpty();
            assertThat(docx.getStyles().getStyle("Rule").getCTStyle().getPPr().getPBdr().getBottom().xmlText())
                .contains("w:val=\"single\"").contains("w:color=\"1F3A5F\"");
        }
    }

    @Test
    void missingImageFailsNamingPackAndPath() {
        LetterDocument letter = SampleLetter.withBody(
            List.of(new Paragraph(List.of(new Image("images/missing.png", "Stempel", 30)))));
        assertThatThrownBy(() -> render(letter))
            .isInstanceOf(RenderException.class)
            .hasMessage("Template pack 'testpack' has no file 'images/missing.png'; add it to the pack or correct "
                + "the reference");
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedByItsHeaderBeforeAnythingDecodesIt() throws IOException {
        byte[] huge = HostilePack.hugePng(7000, 7000);
        RenderContext sample = SampleLetter.context();
        PackResources pack = new PackResources() {
            @Override
            public String name() {
                return "hostile";
            }

            @Override
            public byte[] read(String path) throws IOException {
                return path.equals("images/huge.png") ? huge.clone() : sample.resources().read(path);
            }
        };
        RenderContext context = new RenderContext(pack, sample.fonts(), sample.accentColor(), 4_000_000);
        LetterDocument letter = SampleLetter.withBody(
            List.of(new Paragraph(List.of(new Image("images/huge.png", "Logo", 30)))));

        assertThat(huge.length).isLessThan(250_000);
        assertThatThrownBy(() -> renderer.render(letter, context, new ByteArrayOutputStream()))
            .isInstanceOf(LimitExceededException.class)
            .hasMessage("Pack 'hostile': image 'images/huge.png' is 7000 × 7000 pixels (49,000,000), more than the "
                + "limit of 4,000,000 pixels (imagePixels); scale it down, or raise it with --pack-limit "
                + "imagePixels=VALUE or PackLimits.with(\"imagePixels\", VALUE)");
    }

    @Test
    void languageTagsGetTheRegionWordExpects() {
        assertThat(DocxRenderer.languageTag("nb")).isEqualTo("nb-NO");
        assertThat(DocxRenderer.languageTag("nn")).isEqualTo("nn-NO");
        assertThat(DocxRenderer.languageTag("en")).isEqualTo("en-GB");
        assertThat(DocxRenderer.languageTag("en-US")).isEqualTo("en-US");
    }

    @Test
    void libreOfficeReadsTheLetterText(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        Path docx = write(SampleLetter.bokmal(), dir);
        String text = LibreOffice.toText(docx, dir);
        assertThat(text)
            .contains("Fjordkraft Demo AS")
            .contains("Storgata 1")
            .contains("Vi viser til avtalen om regnskapstjenester inngått 1. mars 2021.")
            .contains("Vi takker for tilliten gjennom fire år og ønsker dere lykke til videre. Det har vært en glede")
            .contains("kr 12 400,00")
            .contains("kr 21 150,00");
    }

    @Test
    void libreOfficePrintsTheLetterheadAndPageNumbersInEveryFooter(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        Path pdf = LibreOffice.toPdf(write(SampleLetter.bokmal(), dir), dir);
        // pdftotext ends each page with a form feed.
        String[] pages = LibreOffice.pdfText(pdf).split("\f", -1);
        int count = pages.length - 1;
        assertThat(count).isBetween(1, 2);
        assertThat(pages[0]).contains("Nordlys Regnskap AS · Kirkegata 12, 0153 Oslo ·")
            .contains("Oppsigelse av avtale om regnskapstjenester");
        for (int page = 1; page <= count; page++) {
            assertThat(pages[page - 1]).contains("Nordlys Regnskap AS · Kirkegata 12, 0153 Oslo · Org.nr. 912 345 678")
                .contains("Side " + page + " av " + count);
        }
    }

    private XWPFDocument render(LetterDocument letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(letter, SampleLetter.context(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private Path write(LetterDocument letter, Path dir) throws IOException {
        Path file = dir.resolve("letter.docx");
        try (var out = Files.newOutputStream(file)) {
            renderer.render(letter, SampleLetter.context(), out);
        }
        return file;
    }

    /** The body's paragraphs in reading order, those in table cells included. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument docx) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
            }
        }
        return paragraphs;
    }

    private static String textOf(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).findFirst()
            .map(XWPFParagraph::getText).orElseThrow();
    }
}
