package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoBreakTest {
    private static final NoBreak NB = LetterLocale.NB.noBreak();
    private static final NoBreak NN = LetterLocale.NN.noBreak();
    private static final NoBreak EN = LetterLocale.EN.noBreak();

    /** The text as a test reads it: no-break spaces as '~', non-breaking hyphens as '='. */
    private static String shown(String protectedText) {
        return protectedText.replace(NoBreak.NO_BREAK_SPACE, '~').replace(NoBreak.NO_BREAK_HYPHEN, '=');
    }

    /** A text without a digit skips the built-in rules, which all need one; what they would do is the same. */
    @Test
    void aTextWithoutADigitComesOutAsWithEveryRule() {
        for (String text : List.of("Vi takker for samarbeidet - og ønsker dere lykke til.", "Kongens gate, Oslo",
                "modell A\u00b2-B og C\u2167-D", "\u0661\u0662 mars", "Dear Ms Smith, thank you.")) {
            for (NoBreak rules : List.of(NB, NN, EN)) {
                assertThat(rules.protect(text)).isEqualTo(NoBreak.protect(text, rules.rules()));
            }
        }
        assertThat(shown(NB.protect("modell A\u00b2-B"))).isEqualTo("modell A\u00b2=B");
    }

    /** Each rule is searched only where the text holds what its matches need; what comes out is the same. */
    @Test
    void aRuleSkippedForWhatTheTextLacksWouldNotHaveMatched() {
        for (String text : List.of("Betal 21 350,00 kr til konto 1503 94 82190 innen 14. februar 2027.",
                "kr 4 500,00", "4 500,00 kr.", "EUR 990,00", "€ 12", "GBP 3,200.00", "KR 4 500", "Kr 4 500",
                "ring +47 22 33 44 55 eller 22 33 44 55 eller 815 00 888", "+4 7", "org.nr. NO 952 601 814 MVA",
                "IBAN NO93 8601 1117 947", "IBAN GB29 NWBK 6016 1331 9268 19.", "0153 Oslo", "Kongens gate 2, 0153 Oslo",
                "faktura INV-2026-311 og 2026\u20101041 og 2026\u20111042", "A\u00b2-B", "\u0661\u0662-\u0663",
                "5 Jan 2026", "on February 14, 2027", "14th February 2027", "1. mars 2023", "3 måneder", "1 month",
                "12 345", "9 999 999 99", "5. november 2026 kl. 12", "uke 3-4", "3-4 uker",
                "1503\u00a094\u00a082190", "1503.94.82190", "0153\tOslo", "22\u200933\u200944\u200955",
                "14.\u00a0februar\u00a02027", "NO93\u00a08601", "3\u202fmåneder", "20261503 94 82190",
                "2026-2026", "INV 2026", "AB12", "A12 3456 Oslo")) {
            for (NoBreak rules : List.of(NB, NN, EN)) {
                assertThat(rules.protect(text)).as(text).isEqualTo(NoBreak.protect(text, rules.rules()));
            }
        }
    }

    @Test
    void keepsDatesTogether() {
        assertThat(shown(NB.protect("Betal innen 14. februar 2027, takk."))).isEqualTo("Betal innen 14.~februar~2027, takk.");
        assertThat(shown(NN.protect("inngått 1. mars 2023 og"))).isEqualTo("inngått 1.~mars~2023 og");
        assertThat(shown(EN.protect("by 14 February 2027 and 5 Jan 2026"))).isEqualTo("by 14~February~2027 and 5~Jan~2026");
        assertThat(shown(EN.protect("on February 14, 2027 or 14th February 2027"))).isEqualTo(
                "on February~14,~2027 or 14th~February~2027");
    }

    @Test
    void keepsAmountsWithTheirCurrency() {
        assertThat(shown(NB.protect("Sum 21 350,00 kr og kr 4 500,00 og EUR 990,00"))).isEqualTo(
                "Sum 21~350,00~kr og kr~4~500,00 og EUR~990,00");
        assertThat(shown(EN.protect("a total of GBP 3,200.00 is"))).isEqualTo("a total of GBP~3,200.00 is");
    }

    @Test
    void keepsAccountOrganisationAndIbanNumbersTogether() {
        assertThat(shown(NB.protect("til konto 1503 94 82190 (org.nr. 952 601 814 MVA)"))).isEqualTo(
                "til konto 1503~94~82190 (org.nr. 952~601~814~MVA)");
        assertThat(shown(EN.protect("IBAN NO93 8601 1117 947, BIC DNBANOKK"))).isEqualTo(
                "IBAN NO93~8601~1117~947, BIC DNBANOKK");
        assertThat(shown(EN.protect("IBAN GB29 NWBK 6016 1331 9268 19."))).isEqualTo("IBAN GB29~NWBK~6016~1331~9268~19.");
    }

    @Test
    void keepsInvoiceNumbersWhole() {
        assertThat(shown(EN.protect("invoices INV-2026-311 and 2026-1041"))).isEqualTo(
                "invoices INV=2026=311 and 2026=1041");
        assertThat(shown(NB.protect("Send e-post til oss"))).isEqualTo("Send e-post til oss");
    }

    @Test
    void keepsAPostalCodeWithItsPlace() {
        assertThat(shown(NB.protect("Kongens gate 2, 0153 Oslo · Strandkaien 4, 5013 Bergen"))).isEqualTo(
                "Kongens gate 2, 0153~Oslo · Strandkaien 4, 5013~Bergen");
        assertThat(shown(NB.protect("i 2026 ble det"))).isEqualTo("i 2026 ble det");
    }

    @Test
    void keepsPhoneNumbersAndCountsWithTheirUnits() {
        assertThat(shown(NB.protect("ring +47 22 33 44 55 eller 22 33 44 55"))).isEqualTo(
                "ring +47~22~33~44~55 eller 22~33~44~55");
        assertThat(shown(NB.protect("som er 2 måneder"))).isEqualTo("som er 2~måneder");
        assertThat(shown(NN.protect("innan 14 dagar"))).isEqualTo("innan 14~dagar");
        assertThat(shown(EN.protect("3 months' notice and three months"))).isEqualTo("3~months' notice and three months");
    }

    @Test
    void leavesTheLengthAndEverythingElseAlone() {
        String text = "Vi viser til avtalen. Fakturaen 2026-1041 på 12 400,00 kr forfaller 15. desember 2026.";
        String protectedText = NB.protect(text);
        assertThat(protectedText).hasSameSizeAs(text);
        assertThat(shown(protectedText)).isEqualTo(
                "Vi viser til avtalen. Fakturaen 2026=1041 på 12~400,00~kr forfaller 15.~desember~2026.");
        assertThat(NB.protect("Vi takker for samarbeidet.")).isEqualTo("Vi takker for samarbeidet.");
    }

    @Test
    void namesItsRulesForRenderersThatApplyThemThemselves() {
        assertThat(EN.rules()).extracting(NoBreakRule::name).containsExactly("date", "count", "amount", "iban",
                "accountNumber", "organisationNumber", "phoneNumber", "postalCode", "hyphenatedNumber");
        assertThat(NoBreak.protect("a b", List.of(NoBreakRule.of("pair", "a b")))).isEqualTo("a\u00A0b");
        assertThat(NoBreak.glue("+47 22 33 44 55")).isEqualTo("+47\u00A022\u00A033\u00A044\u00A055");
    }
}
