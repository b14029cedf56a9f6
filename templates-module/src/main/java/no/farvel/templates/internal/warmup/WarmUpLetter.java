package no.farvel.templates.internal.warmup;

import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;

/**
 * A short letter with every part a termination letter has (letterhead, address, references, headings, a list, a
 * table with a total, the signature, a footer with page numbers) for {@link no.farvel.templates.Farvel#warmUp}: written
 * once to nowhere, it loads and sets up what each format's first real letter would otherwise wait for.
 */
public final class WarmUpLetter {
    private WarmUpLetter() {
    }

    /** The letter, in bokmål. */
    public static LetterDocument document() {
        return new LetterDocument(new LetterDocument.Metadata("Farvel", "Farvel", "Farvel", "nb"),
                List.of(p(strong("Farvel AS"), new LineBreak(), text("Storgata 1, 0155 Oslo"))),
                List.of(p(text("Kunde AS"), new LineBreak(), text("Kundeveien 2"), new LineBreak(), text("0150 Oslo"))),
                body(),
                List.of(p(text("Farvel AS · Org.nr. 999 999 999"), new LineBreak(), text("Side "), new PageNumber(),
                        text(" av "), new PageCount())));
    }

    private static List<Block> body() {
        return List.of(
                new Division("meta", List.of(p(text("Oslo, 1. januar 2027"), new LineBreak(), text("Vår ref.: 1")))),
                new Heading(1, List.of(text("Oppsigelse"))),
                p(text("Avtalen opphører ved utløpet av "), strong("31. mars 2027"), text(".")),
                new Heading(2, List.of(text("Bakgrunnen for beslutningen"))),
                new ListBlock(false, List.of(List.of(p(text("Omfanget har endret seg."))),
                        List.of(p(text("Vi har hatt møter om det."))))),
                new Heading(2, List.of(text("Sluttfakturaer"))),
                new Table(List.of(row(cell("Faktura", false, true), cell("Beløp", true, true))),
                        List.of(row(cell("2027-1", false, false), cell("kr 1 000,00", true, false)),
                                row(cell("Å betale", false, true), cell("kr 1 000,00", true, false)))),
                p(text("Vi takker for samarbeidet.")),
                new Division("signature", List.of(p(text("Med vennlig hilsen"), new LineBreak(), text("Farvel AS")),
                        p(text("Ola Nordmann"), new LineBreak(), text("Daglig leder")))));
    }

    private static Paragraph p(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    private static Text text(String text) {
        return new Text(text);
    }

    private static Styled strong(String text) {
        return new Styled(Styled.Style.STRONG, List.of(text(text)));
    }

    private static Table.Row row(Table.Cell... cells) {
        return new Table.Row(List.of(cells));
    }

    private static Table.Cell cell(String text, boolean numeric, boolean header) {
        return new Table.Cell(header, numeric, List.of(text(text)));
    }
}
