package no.farvel.templates.pack;

import no.farvel.templates.testing.TestRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.Farvel;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs by spec: the built-in one, a folder, a jar or zip read in place. */
class PacksTest {
    @TempDir
    Path dir;

    @Test
    void defaultAndClasspathDefaultAreTheBuiltInPack() throws IOException {
        assertThat(Packs.load("default", PackOptions.defaults())).isSameAs(TemplatePack.defaultPack());
        assertThat(Packs.load("classpath:default", PackOptions.defaults())).isSameAs(TemplatePack.defaultPack());
    }

    @Test
    void aJarIsReadInPlaceAndWritesLetters() throws IOException {
        Path jar = dir.resolve("acme.jar");
        TestRepository.writeJar(jar, "acme");

        TemplatePack pack = Packs.load(jar.toString(), PackOptions.defaults());

        assertThat(pack.name()).isEqualTo("acme");
        assertThat(pack.locales()).containsExactly(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
        assertThat(Farvel.builder().pack(pack).build().render(SharedExamples.read("nb-sen-betaling.json")).text())
                .contains("Med vennlig hilsen");
        assertThat(Files.list(dir)).containsExactly(jar);
    }

    @Test
    void aZippedPackFolderIsFoundInItsTopFolder() throws IOException {
        Path zip = dir.resolve("acme.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             var jar = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                     TestRepository.packJar("zipped")))) {
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                out.putNextEntry(new ZipEntry("acme-letters/" + entry.getName()));
                out.write(jar.readAllBytes());
            }
        }

        assertThat(Packs.load(zip.toString(), PackOptions.defaults()).name()).isEqualTo("zipped");
    }

    @Test
    void anArchiveWithAnEntryOutsideThePackIsRefusedWhole() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("farvel-pack.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../secret.txt"));
            out.write("secret".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Packs.open(zip.toString(), PackOptions.defaults()))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + zip + "': the archive has an entry named '../secret.txt', which leads outside "
                        + "the pack; an entry name must be a relative path without '..'");
        assertThat(dir.resolveSibling("secret.txt")).doesNotExist();
    }

    @Test
    void aPackCannotReadOutsideItself() throws IOException {
        PackResources resources = Packs.open(TestRepository.writeJar(dir.resolve("acme.jar"), "acme").toString(),
                PackOptions.defaults());

        assertThatThrownBy(() -> resources.read("../secret.txt"))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + dir.resolve("acme.jar") + "': path '../secret.txt' is not allowed; use a "
                        + "relative path inside the pack without '..'");
        assertThatThrownBy(() -> resources.read("/etc/passwd")).isInstanceOf(RenderException.class);
    }

    @Test
    void aSpecThatIsNothingKnownSaysWhatToGive() {
        assertThatThrownBy(() -> Packs.load("no-such-pack", PackOptions.defaults()))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack 'no-such-pack' not found: give a folder, a .jar or .zip file, 'default', or Maven "
                        + "coordinates groupId:artifactId[:extension]:version such as no.acme:letters:1.2.0");
        assertThatThrownBy(() -> Packs.load(dir.resolve("gone.jar").toString(), PackOptions.defaults()))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack file " + dir.resolve("gone.jar") + " not found");
    }

    @Test
    void listsTheBuiltInPackAndThePacksInAFolder() throws IOException {
        TestRepository.writeJar(dir.resolve("acme.jar"), "acme");
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/farvel-pack.json"), "{");
        try (OutputStream out = Files.newOutputStream(dir.resolve("notes.txt"))) {
            out.write(1);
        }

        List<PackInfo> packs = Packs.list(dir);

        assertThat(packs).extracting(PackInfo::source, PackInfo::name, PackInfo::version).containsExactly(
                org.assertj.core.groups.Tuple.tuple("default", "default", "1.0.0"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("acme.jar").toString(), "acme", "1.0.0"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("broken").toString(), "", ""));
        assertThat(packs.get(2).problem()).startsWith("Pack '" + dir.resolve("broken").toRealPath()
                + "': farvel-pack.json is not valid: ");
        assertThat(packs.get(0).locales()).containsExactly("nb", "nn", "en");
    }
}
