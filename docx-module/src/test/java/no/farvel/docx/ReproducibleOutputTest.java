package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;

/**
 * The same termination, pack and Farvel version give the same bytes in every format: each example rendered in two
 * fresh JVMs, with different time zones and locales, has the same SHA-256 per format as when rendered here.
 */
class ReproducibleOutputTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    @Test
    void everyExampleGivesTheSameBytesInEveryFormatInTwoOtherJvms() throws Exception {
        List<Path> examples = SharedExamples.files();
        List<String> here = new ArrayList<>();
        for (Path example : examples) {
            Map<String, String> digests = RenderDigests.digests(FARVEL, SharedExamples.read(example));
            assertThat(digests.keySet()).containsExactly("docx", "html", "pdf", "txt");
            digests.forEach((format, sha256) -> here.add(example + " " + format + " " + sha256));
        }

        List<String> first = renderInAnotherJvm(examples, "UTC", "nb");
        List<String> second = renderInAnotherJvm(examples, "Pacific/Auckland", "en");

        assertThat(first).as("the digests of a first fresh JVM").isEqualTo(here);
        assertThat(second).as("the digests of a second fresh JVM in another zone and locale").isEqualTo(here);
    }

    @Test
    void theDocumentsAreDatedByTheLetterNotByTheClock() throws Exception {
        for (Path example : SharedExamples.files()) {
            Termination termination = SharedExamples.read(example);
            byte[] pdf = FARVEL.render(termination).pdf();   // FarvelTest checks each example's PDF with veraPDF
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            String day = termination.letterDate().toString();
            assertThat(raw).as(example.toString())
                    .contains("/CreationDate(D:" + day.replace("-", "") + "000000Z)")
                    .contains("/ModDate(D:" + day.replace("-", "") + "000000Z)")
                    .contains("<xmp:CreateDate>" + day + "T00:00:00Z</xmp:CreateDate>");
            try (ZipInputStream docx = new ZipInputStream(new ByteArrayInputStream(FARVEL.render(termination).docx()))) {
                for (ZipEntry entry = docx.getNextEntry(); entry != null; entry = docx.getNextEntry()) {
                    assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(termination.letterDate().atStartOfDay());
                    if (entry.getName().equals("docProps/core.xml")) {
                        assertThat(new String(docx.readAllBytes(), StandardCharsets.UTF_8))
                                .contains(">" + day + "T00:00:00Z</dcterms:created>")
                                .contains(">" + day + "T00:00:00Z</dcterms:modified>");
                    }
                }
            }
        }
    }

    private static List<String> renderInAnotherJvm(List<Path> examples, String zone, String language)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + zone, "-Duser.language=" + language,
                "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("farvel.") || name.startsWith("log4j2.")
                        || name.startsWith("org.apache.logging."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add(RenderDigests.class.getName());
        examples.forEach(example -> command.add(example.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the child JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
