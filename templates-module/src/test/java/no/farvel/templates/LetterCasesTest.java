package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.farvel.core.CurrencyBalance;
import no.farvel.core.Money;
import no.farvel.core.Termination;
import no.farvel.localization.LetterFormats;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.testing.LetterCases;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated edge cases of {@link LetterCases} as a reader sees them in the PDF: the sentences the case needs and
 * none it must not have, every total the letter states the model's, no disputed amount is asked for, every currency asked for comes with payment details the client can
 * use, and the sentences a lawyer checks are there in each language.
 */
class LetterCasesTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    static List<LetterCases.Case> cases() {
        return LetterCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theLetterShowsWhatTheCaseNeedsAndOnlyWhatTheModelSays(LetterCases.Case c) {
        Termination t = c.termination();
        String pdf = LetterCases.plain(PdfText.of(FARVEL.render(t).pdf()));

        assertThat(pdf).contains(LetterCases.shows(c));
        for (String never : LetterCases.never(c)) {
            assertThat(pdf).doesNotContain(never);
        }
        modelTotals(t, c.locale(), pdf);
        if (t.clientAbroad() || t.finalInvoices().stream().allMatch(i -> i.kid() == null)) {
            assertThat(pdf).as("KID is for kroner paid from Norway, with an invoice that has one").doesNotContain("KID");
        }
        if (pdf.contains("IBAN")) {
            assertThat(pdf).as("IBAN in groups of four").contains("IBAN NO48 1503 9603 087");
        }
        // One money style per letter: the table's, currency first; never an amount with the currency after it.
        assertThat(pdf).doesNotContainPattern("\\d,\\d\\d kr\\b");
    }

    /** Every total the letter states is the model's; no total with a disputed amount in it is ever printed. */
    private static void modelTotals(Termination t, LetterLocale locale, String pdf) {
        LetterFormats format = locale.formats();
        for (CurrencyBalance b : t.balances().values()) {
            if (b.hasDue()) {
                assertThat(pdf).as("the amount due in %s", b.currency())
                        .contains(LetterCases.plain(format.amountInTable(b.due().amount(), b.currency())));
            }
            if (b.disputed().amount().signum() > 0) {
                Money asked = b.payable().plus(b.disputed());
                assertThat(pdf).as("the total disputed in %s", b.currency())
                        .contains(LetterCases.plain(format.amountInTable(b.disputed().amount(), b.currency())))
                        .doesNotContain(LetterCases.plain(format.amountInTable(asked.amount(), asked.currency())));
            }
        }
    }

}
