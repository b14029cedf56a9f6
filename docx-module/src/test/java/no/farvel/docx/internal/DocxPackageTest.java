package no.farvel.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rhythm;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.testing.Golden;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.SampleLetter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Word package Farvel writes itself (issue 20: a pack's fixed parts prepared once, the letter's own parts
 * written per letter): Word's readers see the letter they saw when POI wrote the package, and the package holds
 * together.
 */
class DocxPackageTest {
    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 28);
    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void aLetterWithEveryKindOfPartReadsInPoiAndLibreOfficeAsWhenPoiWroteThePackage(@TempDir Path dir)
            throws Exception {
        // The golden files were written from this letter by the renderer before it wrote the package itself.
        byte[] docx = render(everyKindOfPart(), SampleLetter.context());

        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            POIXMLProperties.CoreProperties core = read.getProperties().getCoreProperties();
            Golden.assertMatches("package-letter.poi.txt", extractor.getText()
                + "\ntitle: " + core.getTitle() + "\ncreator: " + core.getCreator()
                + "\nsubject: " + core.getSubject() + "\nlanguage: " + core.getUnderlyingProperties()
                    .getLanguageProperty().orElse("") + "\ncreated: " + core.getCreated().toInstant()
                + "\nmodified: " + core.getModified().toInstant() + "\napplication: "
                + read.getProperties().getExtendedProperties().getApplication()
                + "\nhyperlinks: " + Arrays.stream(read.getHyperlinks()).map(XWPFHyperlink::getURL).toList()
                + "\npictures: " + read.getAllPackagePictures().size() + "\n");
        }
        LibreOffice.assumeInstalled();
        Golden.assertMatches("package-letter.docx.txt",
            LibreOffice.toText(Files.write(dir.resolve("package-letter.docx"), docx), dir));
    }

    @Test
    void theSameLetterGivesTheSameBytesAlsoFromSeveralThreadsAtOnce() throws Exception {
        LetterDocument letter = everyKindOfPart();
        byte[] first = render(letter, SampleLetter.context());
        assertThat(render(letter, SampleLetter.context())).isEqualTo(first);

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(threads.submit(() -> render(letter, SampleLetter.context())));
            }
            for (Future<byte[]> render : renders) {
                assertThat(render.get()).isEqualTo(first);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void everyEntryIsDatedByTheLetterAndEveryPartHasItsContentTypeAndEveryRelationshipItsTarget() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                render(everyKindOfPart(), SampleLetter.context())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LETTER_DATE.atStartOfDay());
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).startsWith("[Content_Types].xml").contains("_rels/.rels",
            "docProps/app.xml", "docProps/core.xml", "word/document.xml", "word/styles.xml", "word/settings.xml",
            "word/numbering.xml", "word/header1.xml", "word/footer1.xml", "word/footer2.xml", "word/media/image1.png");

        Element types = xml(entries.get("[Content_Types].xml"));
        Map<String, String> defaults = attributes(types, "Default", "Extension", "ContentType");
        Map<String, String> overrides = attributes(types, "Override", "PartName", "ContentType");
        for (String name : entries.keySet()) {
            if (!name.equals("[Content_Types].xml")) {
                String extension = name.substring(name.lastIndexOf('.') + 1);
                assertThat(overrides.containsKey("/" + name) || defaults.containsKey(extension))
                    .as("a content type for %s", name).isTrue();
            }
        }
        assertThat(overrides.keySet()).allSatisfy(part -> assertThat(entries).containsKey(part.substring(1)));
        assertThat(overrides).containsEntry("/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

        for (String name : entries.keySet()) {
            if (name.endsWith(".rels")) {
                String folder = name.substring(0, name.indexOf("_rels/"));
                Element relationships = xml(entries.get(name));
                NodeList list = relationships.getElementsByTagName("Relationship");
                for (int i = 0; i < list.getLength(); i++) {
                    Element relationship = (Element) list.item(i);
                    if (!relationship.getAttribute("TargetMode").equals("External")) {
                        assertThat(entries).as("%s: %s", name, relationship.getAttribute("Id"))
                            .containsKey(folder + relationship.getAttribute("Target"));
                    }
                }
            }
        }
    }

    @Test
    void eachAccentLanguageAndRhythmGetsItsOwnStyleSheetAlsoPastTheCachesBound() throws Exception {
        LetterDocument bokmal = SampleLetter.bokmal();
        // More colours than the style sheets kept at once, so that some are built again after the cache started over.
        for (int i = 0; i < 70; i++) {
            String accent = String.format("%06X", 0x102030 + i * 0x010101);
            try (XWPFDocument read = read(render(bokmal, context("#" + accent)))) {
                assertThat(read.getStyles().getStyle("Title").getCTStyle().getRPr().getColorArray(0).xmlText())
                    .contains("w:val=\"" + accent + "\"");
            }
        }
        LetterDocument.Metadata nynorsk = new LetterDocument.Metadata("Oppseiing", "Nordlys Regnskap AS", "Oppseiing",
            "nn");
        LetterDocument tight = new LetterDocument(nynorsk, bokmal.letterhead(), bokmal.recipient(), bokmal.body(),
            bokmal.footer(), null, Rhythm.TIGHT);
        try (XWPFDocument regular = read(render(bokmal, SampleLetter.context()));
             XWPFDocument other = read(render(tight, SampleLetter.context()))) {
            assertThat(language(regular)).isEqualTo("nb-NO");
            assertThat(language(other)).isEqualTo("nn-NO");
            assertThat(spaceAfter(regular)).isEqualTo("132");
            assertThat(spaceAfter(other)).isEqualTo("100");
        }
    }

    @Test
    void linksAndPicturesPastTheNinthRelationshipLeadWhereTheyShould() throws Exception {
        // Relationship ids past rId9 and picture names past image9 sort as text and as numbers respectively, as
        // POI's package wrote them; every link and picture must still reach its own target.
        List<Inline> inlines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            inlines.add(new Link("https://example.no/" + i, List.of(new Text("lenke " + i))));
            inlines.add(new Image("images/picture" + i + ".png", "bilde " + i, 10));
        }
        LetterDocument sample = SampleLetter.bokmal();
        LetterDocument letter = new LetterDocument(sample.metadata(), sample.letterhead(), sample.recipient(),
            List.of(new Paragraph(inlines)), sample.footer());
        RenderContext context = SampleLetter.context();
        PackResources pictures = new PackResources() {
            @Override
            public String name() {
                return "pictures";
            }

            @Override
            public byte[] read(String path) throws IOException {
                return path.startsWith("images/picture") ? png(Integer.parseInt(path.replaceAll("\\D", "")))
                    : context.resources().read(path);
            }
        };
        try (XWPFDocument read = read(render(letter, new RenderContext(pictures, context.fonts(), "#1f3a5f")))) {
            List<XWPFRun> runs = read.getParagraphs().get(read.getParagraphs().size() - 1).getRuns();
            List<String> links = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            for (XWPFRun run : runs) {
                if (run instanceof XWPFHyperlinkRun link) {
                    links.add(link.getHyperlink(read).getURL());
                }
            }
            for (XWPFPicture picture : runs.stream().flatMap(run -> run.getEmbeddedPictures().stream()).toList()) {
                widths.add(javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()))
                    .getWidth());
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                expected.add("https://example.no/" + i);
            }
            assertThat(links).containsExactlyElementsOf(expected);
            assertThat(widths).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        }
    }

    /** A PNG image {@code width} pixels wide, so that each picture can be told from the others. */
    private static byte[] png(int width) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, 1,
            java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The sample letter, dated, with pictures in the body besides the letterhead's logo, one of them twice. */
    private static LetterDocument everyKindOfPart() {
        LetterDocument sample = SampleLetter.bokmal();
        List<Block> body = new ArrayList<>(sample.body());
        body.add(new Paragraph(List.of(new Image("images/logo.png", "Stempel", 30), new Text(" og "),
            new Image("images/logo.png", null, 0))));
        return new LetterDocument(sample.metadata().withDate(LETTER_DATE), sample.letterhead(), sample.recipient(),
            body, sample.footer());
    }

    private static RenderContext context(String accent) {
        RenderContext sample = SampleLetter.context();
        return new RenderContext(sample.resources(), sample.fonts(), accent);
    }

    private byte[] render(LetterDocument letter, RenderContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(letter, context, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String language(XWPFDocument docx) {
        return docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getLangArray(0).getVal();
    }

    private static String spaceAfter(XWPFDocument docx) {
        return docx.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().getAfter().toString();
    }

    private static Element xml(byte[] part) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(part)).getDocumentElement();
    }

    private static Map<String, String> attributes(Element parent, String element, String key, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        NodeList list = parent.getElementsByTagName(element);
        for (int i = 0; i < list.getLength(); i++) {
            Element item = (Element) list.item(i);
            map.put(item.getAttribute(key), item.getAttribute(value));
        }
        return map;
    }
}
