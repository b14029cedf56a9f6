package no.farvel.docx.internal.compile;

import static no.farvel.docx.testing.WordXml.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.farvel.core.Client;
import no.farvel.core.Termination;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordLetters;
import no.farvel.docx.testing.WordPacks;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackProblem;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Word letter is held to what a FreeMarker pack is held to: what it compiles to passes the same check of the parsed
 * template when the pack loads, each refusal located in the document; data is never run as a template; nothing
 * outside the pack can be read; and the document itself, a zip with pictures in it, is bounded before it is opened.
 */
class HostileTemplateTest {
    private static final Termination NB = WordLetters.sample("nb-sen-betaling.json");

    @TempDir
    Path dir;

    private Path pack(byte[] docx) throws IOException {
        return WordPacks.write(Files.createTempDirectory(dir, "pack"), "\"nb\"", Map.of("letter_nb.docx", docx));
    }

    private Path pack(String body) throws IOException {
        return pack(new WordPackage().body(body).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[=client.name?eval]                            | ?eval is not allowed: it evaluates text as a template or as JSON, and data must never be evaluated as a template",
        "[=\"[#assign x = 1]\"?interpret]               | ?interpret is not allowed: it evaluates text as a template or as JSON",
        "[=client.name?evalJson]                        | ?eval_json is not allowed: it evaluates text as a template or as JSON",
        "[#assign x = \"freemarker.template.utility.Execute\"?new()][=x(\"id\")] | ?new is not allowed: it reaches Java classes and objects",
        "[=client.name?api.getClass().getName()]        | ?api is not allowed: it reaches Java classes and objects",
        "[#if client.name?matches(\"(a+)+b\")]x[/#if]   | ?matches is not allowed: it runs a regular expression",
        "[=client.name?replace(\"a\", \"b\", \"r\")]    | ?replace with the flag 'r' runs a regular expression",
        "[=client.name?left_pad(1000000000)]            | ?left_pad needs a literal width of at most 200",
        "[#assign all = (1..2000000000)?join(\",\")]    | a range (1..2000000000) may only be listed with <#list> or used to slice",
        "[#include \"../../../../etc/passwd\"]          | the path '../../../../etc/passwd' is not allowed; use a relative path inside the pack without '..'",
        "[#noautoesc][=client.name][/#noautoesc]        | [#noautoesc] is not an instruction Farvel knows",
        "[#outputformat \"plainText\"]x[/#outputformat] | [#outputformat \"plainText\"] is not an instruction Farvel knows"})
    void refusesAtLoadWhatAFreeMarkerPackMayNotHoldLocatedInTheDocument(String tag, String refusal)
            throws IOException {
        Path pack = pack(p("Til " + tag + "."));
        String where = "paragraph 1 on about page 1 («Til ";

        assertThatThrownBy(() -> WordPacks.load(pack)).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Pack '" + pack.toRealPath() + "', letter_nb.docx, " + where)
                .hasMessageContaining(refusal);
        assertThat(PackVerifier.verify(Packs.open(pack.toString(), PackOptions.defaults())).problems())
                .anySatisfy(problem -> assertThat(problem.toString()).startsWith("letter_nb.docx: " + where)
                        .contains(refusal));
    }

    @Test
    void anImportByAPathFromTheRootStaysInsideThePack() throws IOException {
        Path pack = pack(p("[#import \"/etc/hostname\" as host]Til [=client.name]."));

        assertThatThrownBy(() -> WordLetters.render(Files.readAllBytes(pack.resolve("letter_nb.docx")), NB, dir))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("letter_nb.docx, paragraph 1 on about page 1")
                .hasMessageContaining("Template not found for name \"etc/hostname\".");
    }

    @Test
    void printsDataThatLooksLikeATemplateOrMarkupLiterally() {
        String hostile = "[#if true]x[/#if] [=7*7] ${7*7} <b>&</b>";
        Termination termination = NB.toBuilder().client(new Client(hostile, "959083010", null,
                NB.client().address(), NB.client().email())).build();

        RenderedLetter letter = WordLetters.render(new WordPackage().body(p("Til [=client.name].")), termination, dir);

        assertThat(letter.text()).contains("Til " + hostile + ".");
        assertThat(letter.html()).contains("Til [#if true]x[/#if] [=7*7] ${7*7} &lt;b&gt;&amp;&lt;/b&gt;.");
    }

    @Test
    void refusesADocumentWithMorePartsThanAnArchiveMayHold() throws IOException {
        byte[] docx = withExtraPart(new WordPackage().body(p("Til [=client.name].")).build(), 40, 10);
        PackLimits limits = PackLimits.defaults().with("archiveEntries", "30");

        assertThatThrownBy(() -> Packs.load(pack(docx).toString(), PackOptions.defaults().withLimits(limits)))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limit()).isEqualTo("archiveEntries"))
                .hasMessageEndingWith("'letter_nb.docx' has more than 30 parts, the limit of a pack's archive"
                        + " (archiveEntries); " + PackLimits.howToRaise("archiveEntries"));
    }

    @Test
    void refusesADocumentThatUnpacksToMoreThanAPackFileMayHoldBeforeWordsReaderOpensIt() throws IOException {
        // 8 MiB of zeros pack into a few kilobytes: a zip bomb in miniature, the document itself well under the limit.
        byte[] docx = withExtraPart(new WordPackage().body(p("Til [=client.name].")).build(), 1, 8 * 1024 * 1024);
        assertThat(docx.length).isLessThan(64 * 1024);
        PackLimits limits = PackLimits.defaults().with("fileSize", "4MiB");
        Path pack = pack(docx);

        assertThatThrownBy(() -> Packs.load(pack.toString(), PackOptions.defaults().withLimits(limits)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("fileSize"))
                .hasMessageEndingWith("'letter_nb.docx' unpacks to more than the limit of 4 MiB for a pack file"
                        + " (fileSize); " + PackLimits.howToRaise("fileSize"));
        assertThat(PackVerifier.verify(pack.toString(), PackOptions.defaults().withLimits(limits)).problems())
                .extracting(PackProblem::file).contains("letter_nb.docx");
    }

    @Test
    void refusesADocumentNestedDeeperThanAnyWordProcessorWritesBeforeWordsReaderOpensIt() throws IOException {
        String deep = "<w:sdt><w:sdtContent>".repeat(200) + p("Til [=client.name].")
                + "</w:sdtContent></w:sdt>".repeat(200);
        Path pack = pack(new WordPackage().body(deep).build());

        assertThatThrownBy(() -> WordPacks.load(pack))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("xmlDepth"))
                .hasMessageContaining("'letter_nb.docx' has the part 'word/document.xml' with elements nested more"
                        + " than 256 deep, which no word processor writes; such a document is refused");
    }

    @Test
    void refusesAPictureWithMorePixelsThanTheLimitFromItsHeaderWithoutDecodingIt() throws IOException {
        byte[] huge = pngHeader(50_000, 50_000); // 2.5 billion pixels claimed in 33 bytes: never decoded
        byte[] docx = new WordPackage().media("logo.png", huge)
                .body(p("Til [=client.name].") + "<w:p>" + WordPackage.picture("logo.png", "Logo", 40, 20) + "</w:p>")
                .build();

        assertThatThrownBy(() -> WordPacks.load(pack(docx)))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limit()).isEqualTo("imagePixels"))
                .hasMessageContaining("image 'letter_nb.docx/media/logo.png' is 50000 × 50000 pixels (2,500,000,000),"
                        + " more than the limit of 4,000,000 pixels (imagePixels)");
    }

    /** The document with {@code count} more parts of {@code size} zero bytes each. */
    private static byte[] withExtraPart(byte[] docx, int count, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write(new byte[size]);
            }
        }
        return bytes.toByteArray();
    }

    /** The signature and header of a PNG that claims {@code width} × {@code height} pixels, and nothing more. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(33);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        png.putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return png.array();
    }
}
