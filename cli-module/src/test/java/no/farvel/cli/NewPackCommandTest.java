package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.farvel.docx.WordTemplates;
import no.farvel.localization.LetterLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farvel pack new} makes a pack from Word letters, or from Farvel's own letter, and verifies it. */
class NewPackCommandTest {
    @TempDir
    Path dir;

    @Test
    void makesAWordPackOfTheBuiltInLetterThatVerifiesAndRenders() throws IOException {
        Path pack = dir.resolve("acme");

        Cli.Run run = Cli.run("pack", "new", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly("Made pack 'acme' in " + pack + ": letter_nb.docx,"
                + " letter_nn.docx, letter_en.docx, farvel-pack.json, fonts/ (Liberation Sans)",
                "Pack '" + pack.toRealPath() + "': no problems found");
        Path client = Path.of(System.getProperty("farvel.root", "..")).resolve("samples/data/one-client.json");
        Cli.Run render = Cli.run("render", client.toString(), "--out", dir.resolve("out").toString(), "--pack",
                pack.toString(), "--formats", "txt");
        assertThat(render.exitCode()).as(render.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/sjosiden-rorlegger-as-001/letter.txt")))
                .contains("Vi takker for samarbeidet og for tilliten dere har vist oss.");
    }

    @Test
    void takesTheLanguageOfAWordLetterFromItsTextAndReportsItsFaultsWhereTheyAre() throws IOException {
        Path letter = Files.write(dir.resolve("Oppsigelsesbrev.docx"), withText(
                WordTemplates.builtInLetter(LetterLocale.NB), "[=client.name]", "[=client.nmae]"));
        Path pack = dir.resolve("brev");

        Cli.Run run = Cli.run("pack", "new", pack.toString(), "--from-docx", letter.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly("Made pack 'brev' in " + pack + ": letter_nb.docx,"
                + " farvel-pack.json, fonts/ (Liberation Sans)");
        assertThat(run.errLines()).containsExactly("Pack '" + pack.toRealPath() + "': 1 problem",
                "  letter_nb.docx: paragraph 1 on about page 1 («[=client.nmae][#if client.attention?has_co…»):"
                        + " there is no field 'client.nmae' (did you mean"
                        + " 'client.name'?); client has abroad, addressLines, attention, email, name, orgNumber");
    }

    @Test
    void refusesAFolderInUseAndADocumentWhoseLanguageItCannotTell() throws IOException {
        TestFiles.write(dir.resolve("used/notes.txt"), "Ideas for our letter");

        Cli.Run used = Cli.run("pack", "new", dir.resolve("used").toString());
        Path german = Files.write(dir.resolve("Kündigung.docx"), withText(WordTemplates.builtInLetter(LetterLocale.NB),
                "nb-NO", "de-DE"));
        Cli.Run unknown = Cli.run("pack", "new", dir.resolve("de").toString(), "--from-docx", german.toString());

        assertThat(used.exitCode()).isEqualTo(1);
        assertThat(used.errLines()).containsExactly("farvel: " + dir.resolve("used") + " is not empty; give a new"
                + " folder for the pack");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).isEqualTo(german + ": cannot tell its language; name it like"
                + " letter_nb.docx or give --locale nb");
        assertThat(dir.resolve("de")).doesNotExist();
    }

    /** The Word document with a text replaced in its body and styles, as an author's edit would. */
    private static byte[] withText(byte[] docx, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml") || entry.getName().equals("word/styles.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
