package no.farvel.templates.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Text;
import no.farvel.templates.internal.markup.MarkupParser;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final RenderContext CONTEXT = new RenderContext(new PackResources() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public byte[] read(String path) {
            throw new AssertionError("The text renderer must not read pack files, but read " + path);
        }
    }, new RenderContext.FontFamily("Liberation Sans", "r.ttf", "b.ttf", "i.ttf", "bi.ttf"), null);

    private static String render(LetterDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        new TextRenderer().render(document, CONTEXT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String render(String markup) throws IOException {
        return render(MarkupParser.parse(markup, "letter.ftlh"));
    }

    @Test
    void rendersASmallLetterWithAnInvoiceTable() throws IOException {
        String text = render("""
                <article lang="nb" data-title="Oppsigelse">
                  <header><p><strong>Fjord Regnskap AS</strong><br/>Org.nr. 123 456 785</p></header>
                  <address>Kunde AS<br/>Att. Kari Nordmann<br/>Storgata 1<br/>0155 OSLO</address>
                  <h1>Oppsigelse av avtale om regnskapsføring</h1>
                  <p>Vi sier med dette opp avtalen. Den opphører <strong>31. mars 2026</strong>.</p>
                  <h2>Sluttfakturaer</h2>
                  <table>
                    <thead><tr><th>Faktura</th><th>Forfall</th><th class="num">Beløp</th></tr></thead>
                    <tbody>
                      <tr><td>2026-101</td><td>15.03.2026</td><td class="num">kr\u00a012\u00a0400,00</td></tr>
                      <tr><td>2026-102</td><td>31.03.2026</td><td class="num">kr\u00a0800,00</td></tr>
                      <tr><td>2026-103</td><td>15.04.2026</td><td class="num">kr\u00a01\u00a0250,50</td></tr>
                    </tbody>
                  </table>
                  <ul><li>Bilag leveres innen 1. april.</li><li>Spørsmål? Skriv til
                    <a href="mailto:post@fjord.no">post@fjord.no</a> eller se <a href="https://fjord.no/slutt">nettsiden</a>.</li></ul>
                  <ol><li>Første</li><li>Andre</li></ol>
                  <hr/>
                  <section class="signature"><p>Med vennlig hilsen<br/><img src="images/sign.png" alt="Signatur"/><br/>Ola Hansen</p></section>
                  <footer><p>Fjord Regnskap AS · post@fjord.no</p><p>Side <span class="page"/> av <span class="pages"/></p></footer>
                </article>""");
        assertThat(text).isEqualTo("""
                Fjord Regnskap AS
                Org.nr. 123 456 785

                Kunde AS
                Att. Kari Nordmann
                Storgata 1
                0155 OSLO

                Oppsigelse av avtale om regnskapsføring
                =======================================

                Vi sier med dette opp avtalen. Den opphører 31. mars 2026.

                Sluttfakturaer
                --------------

                Faktura   Forfall            Beløp
                --------  ----------  ------------
                2026-101  15.03.2026  kr\u00a012\u00a0400,00
                2026-102  31.03.2026     kr\u00a0800,00
                2026-103  15.04.2026   kr\u00a01\u00a0250,50

                - Bilag leveres innen 1. april.
                - Spørsmål? Skriv til post@fjord.no eller se nettsiden
                  <https://fjord.no/slutt>.

                1. Første
                2. Andre

                ------------------------------------------------------------------------

                Med vennlig hilsen
                [Signatur]
                Ola Hansen

                Fjord Regnskap AS · post@fjord.no
                """);
    }

    @Test
    void wrapsALongNorwegianParagraphAtSeventyTwoCodePoints() throws IOException {
        String text = render("""
                <article lang="nb"><p>Vi viser til avtalen om løpende regnskapsføring og lønnskjøring som ble
                inngått i 2019, og til møtene vi har hatt om arbeidsmengden det siste året. Etter en samlet
                vurdering har vi kommet frem til at vi ikke lenger kan levere tjenestene på en måte som
                holder den kvaliteten dere fortjener. Vi sier derfor opp avtalen med tre måneders varsel,
                slik avtalens punkt 9.2 åpner for, og vil sørge for en ryddig overlevering til ny
                regnskapsfører. Foretaksregisteropplysningsdokumentasjonsarkiveringsrutinebeskrivelsene
                sendes separat.</p></article>""");
        assertThat(text).isEqualTo("""
                Vi viser til avtalen om løpende regnskapsføring og lønnskjøring som ble
                inngått i 2019, og til møtene vi har hatt om arbeidsmengden det siste
                året. Etter en samlet vurdering har vi kommet frem til at vi ikke lenger
                kan levere tjenestene på en måte som holder den kvaliteten dere
                fortjener. Vi sier derfor opp avtalen med tre måneders varsel, slik
                avtalens punkt 9.2 åpner for, og vil sørge for en ryddig overlevering
                til ny regnskapsfører.
                Foretaksregisteropplysningsdokumentasjonsarkiveringsrutinebeskrivelsene
                sendes separat.
                """);
        assertThat(text.split("\n")).allSatisfy(line ->
                assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(72));
    }

    @Test
    void cutsAWordLongerThanALine() throws IOException {
        String text = render("<article lang=\"en\"><p>see " + "ø".repeat(80) + " end</p></article>");
        assertThat(text).isEqualTo("see\n" + "ø".repeat(72) + "\n" + "ø".repeat(8) + " end\n");
    }

    @Test
    void narrowsATableWiderThanALineAndWrapsItsCells() throws IOException {
        String text = render("""
                <article lang="en"><table>
                  <thead><tr><th>Item</th><th class="num">Amount</th></tr></thead>
                  <tr><td>Handover of the complete archive of bookkeeping records, payroll reports and
                    year-end statements</td><td class="num">NOK 1,000.00</td></tr>
                </table></article>""");
        assertThat(text).isEqualTo("""
                Item                                                              Amount
                ----------------------------------------------------------  ------------
                Handover of the complete archive of bookkeeping records,    NOK 1,000.00
                payroll reports and year-end statements
                """);
        assertThat(text.split("\n")).allSatisfy(line ->
                assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(72));
    }

    @Test
    void printsJustTheAddressWhenALinkSaysItAlready() throws IOException {
        var document = new LetterDocument(new LetterDocument.Metadata("t", "", "", "en"), List.of(), List.of(),
                List.of(new Paragraph(List.of(new Link("https://fjord.no", List.of(new Text("https://fjord.no")))))),
                List.of());
        assertThat(render(document)).isEqualTo("https://fjord.no\n");
    }

    @Test
    void reportsItsFormat() {
        assertThat(new TextRenderer().format()).isEqualTo("txt");
        assertThat(new TextRenderer().mediaType()).isEqualTo("text/plain; charset=UTF-8");
    }
}
