package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.Severity;
import no.farvel.docx.testing.WordLetters;
import no.farvel.docx.testing.WordPacks;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.PdfA;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack whose letters were written in LibreOffice Writer and saved as Word by LibreOffice itself: styles, a bulleted
 * list, a table with a heading row, a logo and page numbers in the header and footer, in three languages. It writes
 * Farvel's own examples (and the shared ones where ../shared is there) in every format, the PDFs as PDF/A-1b, and
 * every letter passes the guide check.
 */
class LibreOfficeWordPackTest {
    @TempDir
    Path dir;

    @Test
    void aPackWrittenInWriterAndSavedAsWordWritesTheExamplesInEveryFormat() throws Exception {
        LibreOffice.assumeInstalled();
        Map<String, byte[]> letters = new LinkedHashMap<>();
        for (String language : List.of("nb", "nn", "en")) {
            Path fodt = dir.resolve("letter_" + language + ".fodt");
            Files.writeString(fodt, writerDocument(language));
            letters.put("letter_" + language + ".docx", Files.readAllBytes(
                    LibreOffice.convert(fodt, "docx:MS Word 2007 XML", "docx", dir)));
        }
        Path folder = WordPacks.write(dir.resolve("pack"), "\"nb\", \"nn\", \"en\"", letters);

        assertThat(PackVerifier.verify(Packs.open(folder.toString(), PackOptions.defaults())).problems()).isEmpty();
        TemplatePack pack = WordPacks.load(folder);
        Farvel farvel = Farvel.builder().pack(pack).build();
        for (Termination termination : examples()) {
            RenderedLetter letter = farvel.render(termination);
            String client = termination.client().name();

            assertThat(letter.text()).contains(client).contains(termination.reasons().get(0).detail().substring(0, 30));
            assertThat(letter.html()).contains("<img src=\"cid:").contains(client);
            PdfA.assertPdfA1b(letter.pdf());
            Path pdf = Files.write(dir.resolve(termination.id() + ".pdf"), letter.pdf());
            assertThat(LibreOffice.pdfText(pdf)).contains(client).containsPattern("(Side|Page) 1 (av|of) \\d");
            Path docx = Files.write(dir.resolve(termination.id() + ".docx"), letter.docx());
            assertThat(LibreOffice.toText(docx, dir)).contains(client);
            assertThat(letter.document().recipient()).isNotEmpty();
            assertThat(letter.document().body()).hasAtLeastOneElementOfType(Heading.class)
                    .hasAtLeastOneElementOfType(ListBlock.class).hasAtLeastOneElementOfType(Division.class);
            // The template lists `invoices`, which leaves the disputed ones to `disputedInvoices`.
            long listed = termination.finalInvoices().stream().filter(i -> i.status() != InvoiceStatus.DISPUTED)
                    .count();
            if (listed > 0) {
                assertThat(letter.document().body()).anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(
                        Table.class, table -> assertThat(table.body()).hasSize((int) listed)));
            }
            // Saving as Word, LibreOffice adds the header's and footer's height to the top and bottom margins, as
            // Word measures them to the body text (to a tenth of a millimetre: the header's height follows the font).
            assertThat(letter.document().page()).usingRecursiveComparison()
                    .withComparatorForType((a, b) -> Math.abs(a - b) <= 0.15 ? 0 : Double.compare(a, b), Double.class)
                    .isEqualTo(new PageSetup(210, 297, 48, 20, 25, 25));
            assertThat(letter.document().letterhead().get(0)).isInstanceOfSatisfying(Paragraph.class,
                    logo -> assertThat(logo.inlines().get(0)).isInstanceOfSatisfying(Image.class,
                            image -> assertThat(image.alt()).isEqualTo(termination.provider().name())));
            List<Finding> findings = new ArrayList<>(pack.guideCheck().check(termination));
            findings.addAll(pack.guideCheck().checkLetter(termination, letter.text()));
            assertThat(findings).as(termination.id()).noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    /** Farvel's own examples, and the shared ones where ../shared is there. */
    private static List<Termination> examples() {
        return SharedExamples.files().stream().map(SharedExamples::read).toList();
    }

    private static String writerDocument(String language) throws IOException {
        String document = resource("writer/letter.fodt");
        Properties words = new Properties();
        words.load(new StringReader(resource("writer/" + language + ".properties")));
        for (String key : words.stringPropertyNames()) {
            document = document.replace("#{" + key + "}", words.getProperty(key));
        }
        byte[] logo;
        try (InputStream in = LibreOfficeWordPackTest.class.getClassLoader()
                .getResourceAsStream("testpack/images/logo.png")) {
            logo = in.readAllBytes();
        }
        return document.replace("${LANGUAGE}", language).replace("${COUNTRY}", language.equals("en") ? "GB" : "NO")
                .replace("${LOGO}", Base64.getEncoder().encodeToString(logo));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LibreOfficeWordPackTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
