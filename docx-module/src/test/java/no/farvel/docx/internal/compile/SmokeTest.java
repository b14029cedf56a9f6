package no.farvel.docx.internal.compile;

import static no.farvel.docx.testing.WordXml.*;

import java.nio.file.Path;
import java.util.Map;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordPacks;
import no.farvel.templates.Farvel;
import no.farvel.templates.spi.LetterSource;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @Test
    void smoke(@TempDir Path dir) throws Exception {
        byte[] docx = new WordPackage()
                .firstPageHeader(p("[=provider.name]"))
                .footer(paragraph(run("Side ") + field("PAGE", "1") + run(" av ") + field("NUMPAGES", "2")))
                .body(p("Recipient", "[=client.name]")
                        + p("Title", "Oppsigelse: [=contract.title]")
                        + p("Vi har besluttet å si opp avtalen med virkning fra [=letter.effectiveDate].")
                        + p("Heading2", "Bakgrunn")
                        + p("[#list reasons as reason]")
                        + bullet("[=reason.detail]")
                        + p("[/#list]")
                        + table(headingRow("Faktura", "Beløp"),
                                row("[#list invoices as invoice][=invoice.number]", "[=invoice.amount][/#list]"))
                        + p("[#if closing.thanks]Takk for samarbeidet.[/#if]")
                        + p("Signature", "Med vennlig hilsen"))
                .build();
        var compiled = new WordLetterCompiler().compile(new LetterSource("p", "letter_nb.docx", docx,
                Farvel.letterFields()));
        System.out.println(compiled.template());
        Path pack = WordPacks.write(dir.resolve("pack"), "\"nb\"", Map.of("letter_nb.docx", docx));
        var letter = Farvel.builder().pack(WordPacks.load(pack)).build()
                .render(SharedExamples.read("nb-sen-betaling.json"));
        System.out.println(letter.text());
    }
}
