package no.farvel.docx.internal.compile;

import static no.farvel.docx.testing.WordXml.bold;
import static no.farvel.docx.testing.WordXml.bullet;
import static no.farvel.docx.testing.WordXml.field;
import static no.farvel.docx.testing.WordXml.headingRow;
import static no.farvel.docx.testing.WordXml.listItem;
import static no.farvel.docx.testing.WordXml.p;
import static no.farvel.docx.testing.WordXml.paragraph;
import static no.farvel.docx.testing.WordXml.row;
import static no.farvel.docx.testing.WordXml.run;
import static no.farvel.docx.testing.WordXml.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.farvel.core.Closing;
import no.farvel.core.Termination;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordLetters;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Table;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word letter becomes the letter its author sees in Word: structure, styles, loops and conditions. */
class WordLetterCompilerTest {
    private static final Termination NB = WordLetters.sample("nb-sen-betaling.json");

    @TempDir
    Path dir;

    private RenderedLetter render(String body) {
        return WordLetters.render(new WordPackage().body(body), NB, dir);
    }

    private RenderedLetter render(String body, Termination termination) {
        return WordLetters.render(new WordPackage().body(body), termination, dir);
    }

    @Test
    void repeatsATableRowForALoopThatStartsInItsFirstCellAndEndsInItsLast() {
        RenderedLetter letter = render(table(headingRow("Faktura", "Forfall", "Beløp"),
                row("[#list invoices as invoice][=invoice.number]", "[=invoice.due]", "[=invoice.amount][/#list]")));

        Table table = (Table) letter.document().body().get(0);
        assertThat(table.head()).hasSize(1);
        assertThat(table.body()).hasSize(2);
        assertThat(letter.text().replace('\u00a0', ' ')).contains("2026-1041  15.12.2026  kr 12 400,00")
                .contains("2026-1088  31.12.2026  kr 8 950,00");
    }

    @Test
    void repeatsSeveralRowsForALoopFromTheStartOfOneRowToTheEndOfALaterOne() {
        RenderedLetter letter = render(table(
                row("[#list invoices as invoice]Faktura", "[=invoice.number]"),
                row("Beløp", "[=invoice.amount][/#list]")));

        assertThat(((Table) letter.document().body().get(0)).body()).hasSize(4);
        assertThat(letter.text().replace('\u00a0', ' ')).containsSubsequence("Faktura", "2026-1041", "Beløp",
                "kr 12 400,00", "Faktura", "2026-1088", "Beløp", "kr 8 950,00");
    }

    @Test
    void repeatsTheRowsBetweenLoopTagsThatStandInRowsOfTheirOwn() {
        RenderedLetter letter = render(table(headingRow("Faktura", "Beløp"),
                row("[#list invoices as invoice]", ""),
                row("[=invoice.number]", "[=invoice.amount]"),
                row("[/#list]", "")));

        Table table = (Table) letter.document().body().get(0);
        assertThat(table.body()).hasSize(2);
        assertThat(table.body().get(1).cells().get(0).inlines()).extracting(Object::toString)
                .containsExactly("Text[text=2026\u20111088]"); // kept on one line by a non-breaking hyphen
    }

    @Test
    void keepsACellWhoseOnlyTextIsConditionalAndEmptiesIt() {
        RenderedLetter letter = render(table(row("[#list invoices as invoice][=invoice.number]",
                "[#if invoice.status == \"Betalt\"]betalt[/#if]", "[=invoice.amount][/#list]")));

        assertThat(((Table) letter.document().body().get(0)).body()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
    }

    @Test
    void leavesNoEmptyParagraphForAnInstructionAloneOrAConditionThatDoesNotApply() {
        Termination noSteps = NB.toBuilder().stepsTaken(List.of()).build();
        RenderedLetter letter = render(p("Før.")
                + p("[#if steps?has_content]")
                + p("Heading2", "Det vi har gjort")
                + p("[/#if]")
                + p("[#assign greeting = \"Hei\"]")
                + p("[#if closing.personalNote?has_content][=closing.personalNote][/#if]")
                + p("[=greeting] [#-- a note for the legal team --]")
                + p("Etter."), noSteps);

        assertThat(letter.document().body()).extracting(Object::toString).containsExactly(
                "Paragraph[inlines=[Text[text=Før.]], role=null]", "Paragraph[inlines=[Text[text=Hei]], role=null]",
                "Paragraph[inlines=[Text[text=Etter.]], role=null]");
    }

    @Test
    void aListLoopAroundBulletParagraphsRepeatsTheItemsOfOneList() {
        RenderedLetter letter = render(p("[#list reasons as reason]")
                + bullet("[#if reason.type == \"LATE_PAYMENT\"]Betalingene har kommet sent. [/#if][=reason.detail]")
                + p("[/#list]"));

        ListBlock list = (ListBlock) letter.document().body().get(0);
        assertThat(list.ordered()).isFalse();
        assertThat(list.items()).hasSize(2);
        assertThat(letter.text()).contains("- Betalingene har kommet sent. Fakturaene for juli")
                .contains("- Oppdraget er utvidet");
    }

    @Test
    void nestsLoopsAndConditionsAndNumbersANumberedList() {
        RenderedLetter letter = render(p("[#if transition.present]")
                + p("Heading2", "Overføring til [=transition.newProvider]")
                + p("[#list transition.items as item]")
                + listItem(WordPackage.NUMBERS, 0, "[=item][#list steps as step] ([=step.date])[/#list]")
                + p("[/#list]")
                + p("[/#if]"));

        assertThat(letter.document().body().get(0)).isEqualTo(
                new Heading(2, List.of(new no.farvel.templates.document.Text("Overføring til Fjell Økonomi AS"))));
        ListBlock list = (ListBlock) letter.document().body().get(1);
        assertThat(list.ordered()).isTrue();
        assertThat(breakable(letter.text())).contains("1. Regnskapsmateriale for 2024–2026 (12. august 2026) (3. oktober 2026)")
                .contains("2. Tilganger i Altinn og banken (12. august 2026) (3. oktober 2026)");
    }

    @Test
    void bulletsOfASecondLevelBecomeAListInsideTheItemBeforeThem() {
        RenderedLetter letter = render(bullet("Overføring")
                + p("[#list transition.items as item]")
                + listItem(WordPackage.BULLETS, 1, "[=item]")
                + p("[/#list]")
                + bullet("Sluttfaktura"));

        ListBlock list = (ListBlock) letter.document().body().get(0);
        assertThat(list.items()).hasSize(2);
        assertThat(list.items().get(0).get(1)).isInstanceOfSatisfying(ListBlock.class,
                inner -> assertThat(inner.items()).hasSize(2));
    }

    @Test
    void mapsWordStylesToTheLettersRolesAndMarksThanksAndGoodWishes() {
        RenderedLetter letter = render(p("Recipient", "[=client.name]")
                + p("Title", "Oppsigelse")
                + p("Heading3", "Detaljer")
                + paragraph("<w:r><w:rPr><w:rStyle w:val=\"Thanks\"/></w:rPr><w:t xml:space=\"preserve\">Vi takker for"
                        + " samarbeidet.</w:t></w:r>" + run(" ") + "<w:r><w:rPr><w:rStyle w:val=\"GoodWishes\"/>"
                        + "</w:rPr><w:t>Lykke til videre.</w:t></w:r>")
                + p("Signature", "Med vennlig hilsen") + p("Signature", "[=provider.signatoryName]"));

        List<Block> body = letter.document().body();
        assertThat(letter.document().recipient()).extracting(Object::toString)
                .containsExactly("Paragraph[inlines=[Text[text=Fjordkraft Demo AS]], role=null]");
        assertThat(body.get(0)).isInstanceOfSatisfying(Heading.class, h -> assertThat(h.level()).isEqualTo(1));
        assertThat(body.get(1)).isInstanceOfSatisfying(Heading.class, h -> assertThat(h.level()).isEqualTo(3));
        assertThat(((Paragraph) body.get(2)).inlines()).containsExactly(
                new Span(null, "thanks", List.of(new no.farvel.templates.document.Text("Vi takker for samarbeidet."))),
                new no.farvel.templates.document.Text(" "),
                new Span(null, "wishes", List.of(new no.farvel.templates.document.Text("Lykke til videre."))));
        assertThat(body.get(3)).isInstanceOfSatisfying(Division.class,
                d -> assertThat(d.hasClass("signature")).isTrue());
    }

    @Test
    void takesFormattingFromTheRunsAndAFieldTakesItsFirstCharacters() {
        RenderedLetter letter = render(paragraph(run("Til ") + bold("[=client.") + run("name]") + run(".")));

        assertThat(letter.html()).contains("Til <strong>Fjordkraft Demo AS</strong>.");
    }

    @Test
    void writesPageNumbersFromTheFootersFieldsAndTheLetterheadFromTheFirstPageHeader() throws Exception {
        RenderedLetter letter = WordLetters.render(new WordPackage()
                .firstPageHeader(p("Header", "[=provider.name]"))
                .footer(paragraph(run("Side ") + field("PAGE", "3") + run(" av ") + field(" NUMPAGES \\* MERGEFORMAT", "9")))
                .body(p("Brev.")), NB, dir);

        String pdf = PdfText.of(letter.pdf());
        assertThat(pdf).contains("Nordlys Regnskap AS").contains("Side 1 av"); // PDFBox reads the count apart
        assertThat(letter.text()).doesNotContain("Side");
    }

    @Test
    void takesThePaperAndMarginsFromTheDocument() throws Exception {
        RenderedLetter letter = WordLetters.render(new WordPackage().page(215.9, 279.4, 30, 25, 30, 25)
                .body(p("Letter paper.")), NB, dir);

        assertThat(letter.document().page()).isEqualTo(new PageSetup(215.9, 279.4, 30, 25, 30, 25));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.pdf())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(792f,
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void readsTagsWrittenWithWordsTypographicQuotesCapitalsAndTheDollarForm() {
        RenderedLetter letter = render(p("[#If client.name == “Fjordkraft”]never[/#If]"
                + "[#list reasons as reason][#if reason.type == «LATE_PAYMENT»]sent[#Else]mer[/#if] [/#list]"
                + "${client.name}"));

        assertThat(letter.text().strip()).isEqualTo("sent mer Fjordkraft Demo AS");
    }

    @Test
    void takesTrackedInsertionsDropsDeletionsAndHiddenTextAndJoinsAParagraphWhoseMarkWasDeleted() {
        RenderedLetter letter = render("<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Jurist\"/></w:rPr></w:pPr>"
                + run("Hei ")
                + "<w:ins w:id=\"1\" w:author=\"Jurist\"><w:r><w:t>[=client.name]</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"Jurist\"><w:r><w:delText>[=client.orgNumber]</w:delText></w:r></w:del>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r></w:p>"
                + p(", og velkommen."));

        assertThat(letter.text().strip()).isEqualTo("Hei Fjordkraft Demo AS, og velkommen.");
    }

    @Test
    void linksMayHoldFieldsAndGoToTheWebOrMailOnly() {
        byte[] docx = new WordPackage().body("<w:p><w:hyperlink r:id=\"rIdLink\">" + run("Skriv til oss")
                + "</w:hyperlink></w:p>").build();
        byte[] withLink = WordDocuments.withHyperlink(docx, "rIdLink", "mailto:%5B=provider.email%5D");

        RenderedLetter letter = WordLetters.render(withLink, NB, dir);

        assertThat(letter.html()).contains("<a href=\"mailto:post@nordlys.example\"");
    }

    @Test
    void dropsLinesOfOnlyInstructionsWithTheirLineBreaks() {
        RenderedLetter letter = render(paragraph(run("[=client.name]") + "<w:r><w:br/></w:r>"
                + run("[#list client.addressLines as line]") + "<w:r><w:br/></w:r>" + run("[=line]")
                + "<w:r><w:br/></w:r>" + run("[/#list]")));

        assertThat(breakable(letter.text())).contains("Fjordkraft Demo AS\nStorgata 1\n0155 Oslo");
    }

    @Test
    void aCondititionOverAWholeParagraphTakesItWhenFalse() {
        Termination noThanks = NB.toBuilder().closing(new Closing(false, true, null)).build();

        RenderedLetter letter = render(p("[#if closing.thanks]Takk.[/#if]") + p("Slutt."), noThanks);

        assertThat(letter.document().body()).hasSize(1);
    }

    /** The text with its no-break spaces and hyphens as plain ones, which dates and numbers hold in every format. */
    private static String breakable(String text) {
        return text.replace('\u00A0', ' ').replace('\u2011', '-');
    }
}
