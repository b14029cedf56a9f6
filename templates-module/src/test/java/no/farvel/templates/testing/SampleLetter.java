package no.farvel.templates.testing;

import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.RenderContext;

/** A realistic bokmål termination letter built by hand, for renderer tests that must not depend on the parser. */
public final class SampleLetter {
    private SampleLetter() {
    }

    /** The letter from Nordlys Regnskap AS to Fjordkraft Demo AS, with invoices, lists, a link and a signature. */
    public static LetterDocument bokmal() {
        return new LetterDocument(
            new LetterDocument.Metadata("Oppsigelse av avtale om regnskapstjenester", "Nordlys Regnskap AS",
                "Oppsigelse – Fjordkraft Demo AS", "nb"),
            letterhead(),
            List.of(p(text("Fjordkraft Demo AS"), br(), text("Att.: Ingrid Bakke"), br(), text("Storgata 1"), br(),
                text("0155 Oslo"))),
            body(),
            List.of(p(text("Nordlys Regnskap AS · Kirkegata 12, 0153 Oslo · Org.nr. 912 345 678"), br(),
                text("Side "), new PageNumber(), text(" av "), new PageCount())));
    }

    /** The same letter with other blocks in place of its body. */
    public static LetterDocument withBody(List<Block> body) {
        LetterDocument letter = bokmal();
        return new LetterDocument(letter.metadata(), letter.letterhead(), letter.recipient(), body, letter.footer());
    }

    /** A render context on the test pack, with Liberation Sans and the default accent colour. */
    public static RenderContext context() {
        return new RenderContext(new ClasspathPack(ClasspathPack.TEST),
            new RenderContext.FontFamily("Liberation Sans", "fonts/LiberationSans-Regular.ttf",
                "fonts/LiberationSans-Bold.ttf", "fonts/LiberationSans-Italic.ttf",
                "fonts/LiberationSans-BoldItalic.ttf"),
            "#1f3a5f");
    }

    private static List<Block> letterhead() {
        return List.of(
            p(new Image("images/logo.png", "Nordlys Regnskap AS", 36)),
            p(strong(text("Nordlys Regnskap AS")), text("  ·  Kirkegata 12, 0153 Oslo  ·  post@nordlys.no")));
    }

    private static List<Block> body() {
        return List.of(
            p(text("Vår ref.: NR-2025-114     Deres ref.: IB     Oslo, 28. november 2025")),
            new Heading(1, List.of(text("Oppsigelse av avtale om regnskapstjenester"))),
            p(text("Vi viser til avtalen om regnskapstjenester inngått 1. mars 2021. Etter en grundig vurdering har "
                + "vi besluttet å avslutte samarbeidet. Avtalen sies med dette opp med tre måneders oppsigelsestid, "
                + "og siste dag for våre tjenester er "), strong(text("28. februar 2026")), text(".")),
            new Heading(2, List.of(text("Bakgrunn"))),
            p(text("Omfanget av oppdraget har over tid blitt større enn det avtalen og honoraret er tilpasset. "
                + "Vi har forsøkt å finne en løsning sammen:")),
            new ListBlock(false, List.of(
                List.of(p(text("møte om leveranseomfang 14. august 2025"))),
                List.of(p(text("skriftlig oppsummering og forslag til ny avtale 2. september 2025"))))),
            new Heading(2, List.of(text("Sluttfakturaer"))),
            invoices(),
            new Heading(2, List.of(text("Overlevering til ny regnskapsfører"))),
            new ListBlock(true, List.of(
                List.of(p(text("Vi oversender regnskapsmateriale og avstemminger innen 15. februar 2026."))),
                List.of(p(text("Tilganger i Altinn avvikles når ny regnskapsfører har bekreftet overtakelsen."))))),
            p(text("Spørsmål om overleveringen kan rettes til "),
                new Link("mailto:post@nordlys.no", List.of(text("post@nordlys.no"))), text(".")),
            p(text("Vi takker for tilliten gjennom fire år og ønsker dere lykke til videre. Det har vært en glede "
                + "å følge Fjordkraft Demo AS.")),
            new Division("signature", List.of(
                p(text("Med vennlig hilsen"), br(), text("Nordlys Regnskap AS")),
                p(text("Kari Nordmann"), br(), new Styled(Styled.Style.EMPHASIS, List.of(text("daglig leder")))))));
    }

    private static Table invoices() {
        return new Table(
            List.of(row(head("Faktura", false), head("Forfall", false), head("Status", false),
                head("Beløp", true))),
            List.of(
                row(cell("2025-0412", false), cell("15.12.2025", false), cell("Åpen", false),
                    cell("kr 12 400,00", true)),
                row(cell("2025-0440", false), cell("15.01.2026", false), cell("Åpen", false),
                    cell("kr 8 750,00", true)),
                new Table.Row(List.of(new Table.Cell(true, false, List.of(text("Sum"))),
                    cell("", false), cell("", false),
                    new Table.Cell(false, true, List.of(strong(text("kr 21 150,00"))))))));
    }

    /** A paragraph with a horizontal rule after it, for tests of the rule alone. */
    public static List<Block> ruleBody() {
        return List.of(p(text("Over streken")), new Rule(), p(text("Under streken")));
    }

    private static Table.Row row(Table.Cell... cells) {
        return new Table.Row(List.of(cells));
    }

    private static Table.Cell head(String text, boolean numeric) {
        return new Table.Cell(true, numeric, List.of(text(text)));
    }

    private static Table.Cell cell(String text, boolean numeric) {
        return new Table.Cell(false, numeric, text.isEmpty() ? List.of() : List.of(text(text)));
    }

    private static Paragraph p(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    private static Text text(String text) {
        return new Text(text);
    }

    private static Styled strong(Inline... inlines) {
        return new Styled(Styled.Style.STRONG, List.of(inlines));
    }

    private static LineBreak br() {
        return new LineBreak();
    }
}
