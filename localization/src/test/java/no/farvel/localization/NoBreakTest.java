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
