package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.core.testing.ExampleFiles;
import no.farvel.templates.testing.HostilePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    /** One of the project's own examples, such as {@code en-scope.json}. */
    static Path sharedExample(String name) {
        return ExampleFiles.own(name);
    }

    @Test
    void writesTheLetterOfOneDocumentAndPrintsItsFiles() throws IOException {
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("render", sharedExample("nb-sen-betaling.json").toString(), "--out", out.toString(),
                "--formats", "pdf,txt");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                out.resolve("fjordkraft-demo-2026/letter.pdf").toString(),
                out.resolve("fjordkraft-demo-2026/letter.txt").toString());
        assertThat(Files.readString(out.resolve("fjordkraft-demo-2026/letter.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-").contains("%%EOF");
        assertThat(Files.readString(out.resolve("fjordkraft-demo-2026/letter.txt"))).contains("Fjordkraft Demo AS");
        assertThat(TestFiles.assertConsistent(out)).containsExactly("fjordkraft-demo-2026");
    }

    @Test
    void aPackWhoseTemplateRecursesFailsTheRecordNamingTheLimit() throws IOException {
        Path input = dir.resolve("en-scope.json");
        try (var in = getClass().getClassLoader().getResourceAsStream("no/farvel/templates/samples/en-scope.json")) {
            Files.copy(in, input);
        }
        HostilePack pack = HostilePack.copyOfDefault(dir.resolve("pack")).inLetter("<#macro m><@m/></#macro><@m/>");
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("render", input.toString(), "--out", out.toString(), "--pack", pack.root().toString(),
                "--formats", "pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(input + ":1 id=harbour-analytics-2026 ")
                .contains("template 'letter.ftlh', line 19, column ")
                .contains("the template nests deeper than 200 levels while running (a macro, function or include "
                        + "that calls itself?) (templateNesting)")
                .doesNotContain("\tat ");
        assertThat(out.resolve("harbour-analytics-2026/letter.pdf")).doesNotExist();
    }

    @Test
    void anInvalidDocumentIsReportedAndNothingIsWritten() {
        Path input = TestFiles.write(dir.resolve("letter.json"), """
                {
                  "id": "acme-2026",
                  "locale": "nb",
                  "effectiveDate": "2027-01-31",
                  "client": { "name": "Acme AS", "orgNumber": "987654321",
                              "address": { "lines": ["Storgata 1"], "postalCode": "0155", "city": "Oslo" } },
                  "reasons": [ { "type": "LATE_PAYMENT" } ]
                }
                """);
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);

        Cli.Run run = Cli.run("render", input.toString(), "--out", dir.resolve("out").toString(),
                "--provider", provider.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(input + ":1 id=acme-2026 client.orgNumber: '987654321' fails the "
                + "MOD11 check for organisation numbers");
        assertThat(run.outLines()).isEmpty();
        assertThat(dir.resolve("out/acme-2026")).doesNotExist();
    }

    @Test
    void aPackFolderThatIsNotThereIsAUsageError() {
        Cli.Run run = Cli.run("render", sharedExample("en-scope.json").toString(), "--out",
                dir.resolve("out").toString(), "--pack", dir.resolve("no-pack").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("farvel: Invalid value for option '--pack': '"
                + dir.resolve("no-pack") + "' is not there: give a folder, a .jar or .zip file, 'default', or Maven "
                + "coordinates groupId:artifactId:version");
    }
}
