package no.farvel.templates.internal.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
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
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;

/** A realistic bokmål termination letter built by hand, as the markup parser would build it. */
final class LetterFixture {
    static final String NBSP = "\u00A0";
    static final String LOGO = "images/logo.png";

    private LetterFixture() {
    }

    /** The letter with {@code invoices} rows in its invoice table and, when {@code withLogo}, a logo. */
    static LetterDocument letter(int invoices, boolean withLogo) {
        List<Block> letterhead = new ArrayList<>();
        if (withLogo) {
            letterhead.add(new Paragraph(List.of(new Image(LOGO, "Nordlys Regnskap", 38))));
        }
        letterhead.add(new Paragraph(List.of(new Styled(Styled.Style.STRONG, List.of(text("Nordlys Regnskap AS"))),
                new LineBreak(), text("Kongens gate 2"), new LineBreak(), text("0153 Oslo"), new LineBreak(),
                text("Org.nr. 923 456 789 MVA"))));

        List<Block> recipient = List.of(new Paragraph(List.of(text("Fjordkraft Demo AS"), new LineBreak(),
                text("Att.: Øystein Ærø Åsen"), new LineBreak(), text("Storgata 1"), new LineBreak(),
                text("9008 Tromsø"))));

        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(List.of(text("Oslo, 3. mars 2025"), new LineBreak(),
                text("Vår ref.: NR-2025-017"), new LineBreak(), text("Deres ref.: Kari Nordmann"))));
        body.add(new Heading(1, List.of(text("Oppsigelse av avtale om regnskapstjenester"))));
        body.add(new Paragraph(List.of(text("Vi viser til avtale om regnskapstjenester inngått 1. februar 2021. "
                + "Etter en grundig vurdering har vi besluttet å si opp avtalen. Oppsigelsen får virkning fra "),
                new Styled(Styled.Style.STRONG, List.of(text("1. mai 2025"))),
                text(", i tråd med avtalens oppsigelsestid på to måneder."))));
        body.add(new Heading(2, List.of(text("Bakgrunn"))));
        body.add(new Paragraph(List.of(text("Vi har over tid opplevd at omfanget av arbeidet har økt utover det "
                + "avtalen dekker. Vi har tatt dette opp med dere ved flere anledninger, og vi har "),
                new Styled(Styled.Style.EMPHASIS, List.of(text("sammen forsøkt"))),
                text(" å finne gode løsninger:"))));
        body.add(new ListBlock(false, List.of(
                List.of(new Paragraph(List.of(text("møte 12. november 2024 om arbeidsomfang")))),
                List.of(new Paragraph(List.of(text("skriftlig forslag til ny avtale 3. desember 2024")))))));
        body.add(new Heading(2, List.of(text("Utestående fakturaer"))));
        body.add(invoiceTable(invoices));
        body.add(new Paragraph(List.of(text("Vennligst betal til kontonummer 1503.12.34567 og merk betalingen "
                + "med KID. "), new Styled(Styled.Style.UNDERLINE, List.of(text("Alle fakturaer"))),
                text(" forfaller etter de opprinnelige vilkårene."))));
        body.add(new Heading(3, List.of(text("Overføring til ny leverandør"))));
        body.add(new ListBlock(true, List.of(
                List.of(new Paragraph(List.of(text("Regnskapsmateriale for 2024 overleveres innen 15. april.")))),
                List.of(new Paragraph(List.of(text("Tilganger i Altinn avsluttes 1. mai.")))))));
        body.add(new Paragraph(List.of(text("Har dere spørsmål, kontakt oss på "),
                new Link("mailto:post@nordlys.example", List.of(text("post@nordlys.example"))), text("."))));
        body.add(new Paragraph(List.of(text("Vi ønsker dere alt godt videre og takker for samarbeidet i årene "
                + "som har gått – det har vært lærerikt."))));
        body.add(new Paragraph(List.of(text("Med vennlig hilsen"))));
        body.add(new Division("signature", List.of(new Paragraph(List.of(text("Ingrid Bæk Løvås"), new LineBreak(),
                new Span("title", List.of(text("Daglig leder"))))))));

        List<Block> footer = List.of(new Rule(),
                new Paragraph(List.of(text("Nordlys Regnskap AS · Kongens gate 2, 0153 Oslo · Org.nr. 923 456 789"))),
                new Paragraph(List.of(text("Side "), new PageNumber(), text(" av "), new PageCount())));

        return new LetterDocument(new LetterDocument.Metadata("Oppsigelse av avtale om regnskapstjenester",
                "Nordlys Regnskap AS", "Oppsigelse – Fjordkraft Demo AS", "nb"), letterhead, recipient, body, footer);
    }

    static Table invoiceTable(int rows) {
        Table.Row head = new Table.Row(List.of(header("Fakturanr.", false), header("Fakturadato", false),
                header("Forfall", false), header("KID", false), header("Beløp", true)));
        List<Table.Row> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String amount = i == 1 ? "kr" + NBSP + "12" + NBSP + "400,00" : "kr" + NBSP + (1000 + i) + ",50";
            body.add(new Table.Row(List.of(cell(String.format("F-2025-%03d", i), false), cell("15.01.2025", false),
                    cell("14.02.2025", false), cell("0000" + (12345 + i), false), cell(amount, true))));
        }
        return new Table(List.of(head), body);
    }

    /** A 3:1 logo with a transparent background, as designers deliver them. */
    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x3a, 0x5f));
        g.fillOval(10, 10, 80, 80);
        g.fillRect(110, 40, 180, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Table.Cell header(String label, boolean numeric) {
        return new Table.Cell(true, numeric, List.of(text(label)));
    }

    private static Table.Cell cell(String value, boolean numeric) {
        return new Table.Cell(false, numeric, List.of(text(value)));
    }

    private static Inline text(String value) {
        return new Text(value);
    }
}
