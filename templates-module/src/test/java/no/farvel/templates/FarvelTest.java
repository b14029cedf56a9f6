package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.core.Client;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Termination;
import no.farvel.templates.testing.Golden;
import no.farvel.templates.testing.PdfA;
import no.farvel.templates.testing.PdfText;
import no.farvel.templates.testing.SharedExamples;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FarvelTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    static java.util.List<Path> examples() {
        return SharedExamples.files();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rendersEachSharedExampleToTheTextOnFile(Path example) {
        Termination termination = SharedExamples.read(example);
        RenderedLetter letter = FARVEL.render(termination);
        String id = termination.id();
        PdfA.assertPdfA1b(letter.pdf());
        Golden.assertMatches(id + ".pdf.txt", PdfText.of(letter.pdf()));
        Golden.assertMatches(id + ".html.txt", Jsoup.parse(letter.html()).body().wholeText());
        Golden.assertMatches(id + ".txt", letter.text());
    }

    @Test
    void writesTheBokmalLetterWithNorwegianDatesAmountsAndLetters() {
        RenderedLetter letter = FARVEL.render(SharedExamples.read("nb-sen-betaling.json"));
        String pdf = PdfText.of(letter.pdf());
        assertThat(pdf).contains("Fjordkraft Demo AS", "Att.: Kari Kunde", "0155\u00A0Oslo",
                "Oppsigelse: Avtale om regnskapstjenester", "31.\u00A0januar\u00A02027", "Oslo, 28.\u00A0november\u00A02026",
                "kr\u00A012\u00A0400,00", "kr\u00A021\u00A0350,00", "kr\u00A04\u00A0500,00", "Fjell Økonomi AS",
                "Med vennlig hilsen", "Ola Hansen", "Daglig leder", "Org.nr. 952\u00A0601\u00A0814", "1503\u00A096\u00A003087");
        assertThat(letter.subject())
                .isEqualTo("Oppsigelse: Avtale om regnskapstjenester (vår ref. NR-2026-118)");
        // One style of amount in the whole letter: the currency first, as in the table.
        assertThat(pdf).doesNotContain("00\u00A0kr");
        assertThat(letter.title()).isEqualTo("Oppsigelse: Avtale om regnskapstjenester");
    }

    @Test
    void writesNynorskInNynorsk() {
        String text = oneLine(FARVEL.render(SharedExamples.read("nn-trakassering.json")).text());
        assertThat(text).contains("Oppseiing: Avtale om reinhald", "Med venleg helsing",
                "Avtalen opphøyrer ved utløpet av 31.\u00A0desember\u00A02026.", "som er éin månad.",
                "De vil ikkje få fleire fakturaer frå oss.", "Vi takkar for samarbeidet",
                "Vi ønskjer dykk lukke til vidare.", "kr\u00A07\u00A0200,00");
        assertThat(text).doesNotContain("Med vennlig hilsen", "ikke", "Vi takker");
    }

    @Test
    void writesEnglishWithForeignAddressAndCurrency() {
        String text = oneLine(FARVEL.render(SharedExamples.read("en-scope.json")).text());
        assertThat(text).contains("Dear Ms O'Neill,", "with effect from the end of 28\u00A0February\u00A02027.",
                "This gives the three months' notice the agreement requires.", "Amount due GBP\u00A01,850.50",
                "Please pay GBP\u00A01,850.50", "Total disputed GBP\u00A03,200.00",
                "we are not asking for payment of them at this stage", "London", "E1W 1AA", "UNITED KINGDOM",
                "Yours sincerely");
        // The disputed invoice is never added to what is asked for, and a client in the UK is not asked for a KID.
        assertThat(text).doesNotContain("5,050.50", "KID", "Dear Ms Jane");
    }

    @Test
    void printsDataThatLooksLikeTemplateCodeLiterallyInEveryFormat() {
        Termination base = SharedExamples.read("nb-sen-betaling.json");
        Client client = base.client();
        Termination hostile = base.toBuilder()
                .client(new Client("${7*7} <#assign x=1> AS", client.orgNumber(), client.attention(),
                        client.address(), client.email()))
                .build();
        RenderedLetter letter = FARVEL.render(hostile);
        String literal = "${7*7} <#assign x=1> AS";
        assertThat(PdfText.of(letter.pdf())).contains(literal).doesNotContain("49 ");
        PdfA.assertPdfA1b(letter.pdf());
        assertThat(letter.text()).contains(literal);
        assertThat(Jsoup.parse(letter.html()).text()).contains(literal);
        assertThat(letter.html()).contains("${7*7} &lt;#assign x=1&gt; AS");
    }

    @Test
    void refusesAnInvalidTerminationWithEveryViolation() {
        Termination bad = SharedExamples.read("nb-sen-betaling.json").toBuilder().id("../x").reasons(null).build();
        assertThatThrownBy(() -> FARVEL.render(bad))
                .isInstanceOf(InvalidTerminationException.class)
                .hasMessageStartingWith("Termination '../x' is not valid:")
                .satisfies(e -> assertThat(((InvalidTerminationException) e).violations())
                        .extracting(v -> v.path()).contains("id", "reasons"));
    }

    @Test
    void leavesOutSectionsWithoutData() {
        Termination bare = SharedExamples.read("nb-sen-betaling.json").toBuilder()
                .stepsTaken(null).finalInvoices(null).refunds(null).transition(null).build();
        String text = FARVEL.render(bare).text();
        assertThat(text).doesNotContain("Sluttfakturaer", "Tilbakebetaling", "Overføring", "løsning");
        assertThat(text).contains("Bakgrunnen for beslutningen", "Med vennlig hilsen",
                "Dere vil ikke motta flere fakturaer fra oss.");
    }

    /** The text with its wrapping undone, so phrases can be found across line ends. */
    private static String oneLine(String text) {
        return text.replaceAll("[ \n]+", " ");
    }

    @Test
    void listsTheLanguagesOfTheDefaultPack() {
        assertThat(TemplatePack.defaultPack().locales())
                .containsExactly(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
        assertThat(FARVEL.formats()).contains("pdf", "html", "txt");
    }
}
