package no.farvel.docx.internal.compile;

import static no.farvel.docx.testing.WordXml.bullet;
import static no.farvel.docx.testing.WordXml.field;
import static no.farvel.docx.testing.WordXml.p;
import static no.farvel.docx.testing.WordXml.paragraph;
import static no.farvel.docx.testing.WordXml.row;
import static no.farvel.docx.testing.WordXml.run;
import static no.farvel.docx.testing.WordXml.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordPacks;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackProblem;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken Word letter gives one clear error when its pack is loaded, and the same one in pack verification, saying
 * where it is in the document (the paragraph or table cell, the page, and the text around it) and what to do.
 */
class BrokenTemplateTest {
    @TempDir
    Path dir;

    static Stream<Arguments> brokenLetters() {
        return Stream.of(
                Arguments.of("an unclosed condition", p("Til [=client.name].") + p("[#if closing.thanks]Takk."),
                        "paragraph 2 on about page 1 («[#if closing.thanks]Takk.»): [#if closing.thanks] is not"
                                + " closed: add [/#if] where the text that depends on it ends"),
                Arguments.of("a closing tag that closes nothing", p("Takk.[/#if]"),
                        "paragraph 1 on about page 1 («Takk.[/#if]»): [/#if] closes nothing: there is no [#if …]"
                                + " before it"),
                Arguments.of("tags closed in the wrong order",
                        p("[#if closing.thanks]") + p("[#list reasons as reason][=reason.detail]") + p("[/#if]"),
                        "paragraph 3 on about page 1 («[/#if]»): [/#if] cannot close [#list reasons as reason] from"
                                + " paragraph 2; close that first with [/#list]"),
                Arguments.of("an else outside any condition", p("[#else]Ellers."),
                        "paragraph 1 on about page 1 («[#else]Ellers.»): [#else] must stand inside [#if …],"
                                + " [#items …] or [#list …], but nothing is open here"),
                Arguments.of("a field not closed", p("Til [=client.name og dere."),
                        "paragraph 1 on about page 1 («Til [=client.name og dere.»): [=… is not closed: end it with ]"
                                + " in the same paragraph"),
                Arguments.of("a misspelt field", p("Til [=client.nmae]."),
                        "paragraph 1 on about page 1 («Til [=client.nmae].»): there is no field 'client.nmae' (did"
                                + " you mean 'client.name'?); client has abroad, addressLines, attention, email,"
                                + " name, orgNumber"),
                Arguments.of("a field that does not exist", p("Til [=kunde.navn]."),
                        "paragraph 1 on about page 1 («Til [=kunde.navn].»): there is no field 'kunde'; the letter's"
                                + " fields begin with anyKid, client, closing, contract, disputedInvoices,"
                                + " disputedTotals, invoices, letter, msg, noFurtherInvoices, pack, payments,"
                                + " provider, reasons, refunds, steps, totals, transition"),
                Arguments.of("a misspelt field of a loop variable",
                        p("[#list reasons as reason]") + bullet("[=reason.detial]") + p("[/#list]"),
                        "paragraph 2 on about page 1 («[=reason.detial]»): there is no field 'reason.detial' (did you"
                                + " mean 'reason.detail'?); reason has detail, sentence, type"),
                Arguments.of("a list printed whole", p("Grunner: [=reasons]."),
                        "paragraph 1 on about page 1 («Grunner: [=reasons].»): reasons is a list and cannot be printed"
                                + " as it is: repeat over it with [#list reasons as item] and write [=item.detail]"
                                + " inside"),
                Arguments.of("text tested as yes or no", p("[#if client.attention]Att.[/#if]"),
                        "paragraph 1 on about page 1 («[#if client.attention]Att.[/#if]»): [#if client.attention]"
                                + " needs yes or no, but client.attention is text; to test that it is not empty write"
                                + " [#if client.attention?has_content]"),
                Arguments.of("a bad expression", p("Til [=client.name +]."),
                        "paragraph 1 on about page 1 («Til [=client.name +].»): Encountered \"]\"; check the"
                                + " brackets, quotes and operators"),
                Arguments.of("a misspelt instruction", p("[#iff closing.thanks]x[/#iff]"),
                        "paragraph 1 on about page 1 («[#iff closing.thanks]x[/#iff]»): [#iff closing.thanks] is not"
                                + " an instruction Farvel knows; use one of #assign, #attempt, #break, #case,"
                                + " #compress, #continue, #default, #else, #elseif, #function, #global, #if, #import,"
                                + " #include, #items, #list, #local, #lt, #macro, #nested, #nt, #on, #recover,"
                                + " #return, #rt, #sep, #setting, #switch, #t"),
                Arguments.of("a Word field Farvel does not know",
                        paragraph(run("Dato: ") + field("DATE \\@ \"d. MMMM yyyy\"", "1. desember 2026")),
                        "paragraph 1 on about page 1 («Dato:»): the Word field DATE is not supported: Farvel knows PAGE"
                                + " and NUMPAGES (page numbers in a header or footer) and HYPERLINK; for the letter's"
                                + " date write [=letter.letterDate]"),
                Arguments.of("a loop over part of a table row",
                        table(row("[#list invoices as invoice][=invoice.number]", "[=invoice.amount][/#list]", "x")),
                        "table 1, row 1, cell 2 on about page 1 («[=invoice.amount][/#list]»): [/#list] covers only"
                                + " part of a table row: a condition or loop over several cells must cover whole rows,"
                                + " from the start of the row's first cell to the end of a row's last cell"),
                Arguments.of("a condition from the middle of one paragraph into the next",
                        p("Tekst [#if closing.thanks]takk") + p("mer[/#if]"),
                        "paragraph 1 on about page 1 («Tekst [#if closing.thanks]takk»): [#if closing.thanks]"
                                + " belongs to [/#if] in paragraph 2, so it must stand at the start or the end of this"
                                + " paragraph: a condition or loop over several paragraphs begins at the start of the"
                                + " first and ends at the end of the last"),
                Arguments.of("a table in a table cell",
                        "<w:tbl><w:tr><w:tc>" + table(row("x")) + p("") + "</w:tc></w:tr></w:tbl>",
                        "table 1, row 1, cell 1 on about page 1: a table inside a table cell is not supported; put it"
                                + " after the table"),
                Arguments.of("the recipient's address in two places",
                        p("Recipient", "[=client.name]") + p("Midt.") + p("Recipient", "Storgata 1"),
                        "paragraph 3 on about page 1 («Storgata 1»): the recipient's address is split in two: its"
                                + " paragraphs (style Recipient) must follow one another"),
                Arguments.of("a footnote", paragraph(run("Tekst") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
                        "paragraph 1 on about page 1 («Tekst»): footnotes and endnotes are not supported; put the"
                                + " note in the text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLetters")
    void givesOneErrorAtItsPlaceInTheDocumentWhenThePackLoadsAndInVerification(String fault, String body,
                                                                              String expected) throws IOException {
        Path pack = WordPacks.write(Files.createTempDirectory(dir, "pack"), "\"nb\"",
                Map.of("letter_nb.docx", new WordPackage().body(body).build()));

        RenderException error = catchThrowableOfType(() -> Packs.load(pack.toString(), PackOptions.defaults()),
                RenderException.class);
        PackReport report = PackVerifier.verify(Packs.open(pack.toString(), PackOptions.defaults()));

        assertThat(error).as(fault).isNotNull();
        assertThat(error.getMessage()).isEqualTo("Pack '" + pack.toRealPath() + "', letter_nb.docx, " + expected);
        assertThat(report.problems()).containsExactly(new PackProblem("letter_nb.docx", null, expected));
    }
}
