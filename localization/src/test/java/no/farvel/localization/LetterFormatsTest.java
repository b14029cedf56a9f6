package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class LetterFormatsTest {
    private static final LetterFormats NB = LetterLocale.NB.formats();
    private static final LetterFormats NN = LetterLocale.NN.formats();
    private static final LetterFormats EN = LetterLocale.EN.formats();
    private static final Currency NOK = Currency.getInstance("NOK");

    @Test
    void writesDatesTheWayEachLanguageDoes() {
        LocalDate date = LocalDate.of(2026, 11, 28);
        assertThat(NB.dateInText(date)).isEqualTo("28. november 2026");
        assertThat(NN.dateInText(date)).isEqualTo("28. november 2026");
        assertThat(EN.dateInText(date)).isEqualTo("28 November 2026");
        assertThat(EN.dateInText(LocalDate.of(2027, 1, 5))).isEqualTo("5 January 2027");
    }

    @Test
    void writesShortDatesForTableColumns() {
        LocalDate date = LocalDate.of(2026, 1, 5);
        assertThat(NB.dateInTable(date)).isEqualTo("05.01.2026");
        assertThat(NN.dateInTable(date)).isEqualTo("05.01.2026");
        assertThat(EN.dateInTable(date)).isEqualTo("5 Jan 2026");
        assertThat(EN.dateInTable(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
    }

    @Test
    void putsKronerAfterTheAmountInTextAndBeforeItInTables() {
        BigDecimal amount = new BigDecimal("12400.00");
        assertThat(NB.amountInText(amount, NOK)).isEqualTo("12\u00A0400,00\u00A0kr");
        assertThat(NB.amountInTable(amount, NOK)).isEqualTo("kr\u00A012\u00A0400,00");
        assertThat(NN.amountInTable(amount, NOK)).isEqualTo("kr\u00A012\u00A0400,00");
    }

    @Test
    void writesForeignCurrenciesWithTheirCodeFirst() {
        assertThat(NB.amountInText(new BigDecimal("990"), Currency.getInstance("EUR"))).isEqualTo("EUR\u00A0990,00");
        assertThat(NB.amountInTable(new BigDecimal("990"), Currency.getInstance("EUR"))).isEqualTo("EUR\u00A0990,00");
        assertThat(EN.amountInText(new BigDecimal("1850.5"), Currency.getInstance("GBP"))).isEqualTo("GBP\u00A01,850.50");
        assertThat(EN.amountInTable(new BigDecimal("12400.00"), NOK)).isEqualTo("NOK\u00A012,400.00");
    }

    @Test
    void groupsLargeAmountsAndKeepsCurrenciesWithoutDecimalsWhole() {
        assertThat(NB.number(new BigDecimal("1234567.89"), NOK)).isEqualTo("1\u00A0234\u00A0567,89");
        assertThat(EN.number(new BigDecimal("1234567.89"), NOK)).isEqualTo("1,234,567.89");
        assertThat(EN.number(new BigDecimal("1500"), Currency.getInstance("JPY"))).isEqualTo("1,500");
        assertThat(NB.number(new BigDecimal("-4500"), NOK)).isEqualTo("\u22124\u00A0500,00");
        assertThat(NB.number(new BigDecimal("100"), NOK)).isEqualTo("100,00");
    }

    @Test
    void neverRoundsMoney() {
        assertThatThrownBy(() -> NB.number(new BigDecimal("10.005"), NOK)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void writesPeriodsWithDigitsInEachLanguage() {
        assertThat(NB.period(Period.ofMonths(2))).isEqualTo("2 måneder");
        assertThat(NN.period(Period.ofMonths(2))).isEqualTo("2 månader");
        assertThat(EN.period(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(NB.period(Period.of(1, 6, 0))).isEqualTo("1 år og 6 måneder");
        assertThat(NN.period(Period.of(2, 1, 3))).isEqualTo("2 år, 1 månad og 3 dagar");
        assertThat(EN.period(Period.ofDays(14))).isEqualTo("14 days");
        assertThat(EN.period(Period.ZERO)).isEqualTo("0 days");
    }

    @Test
    void groupsIdentifiersAsTheyArePrinted() {
        assertThat(NB.organisationNumber("952601814")).isEqualTo("952 601 814");
        assertThat(EN.accountNumber("15039603087")).isEqualTo("1503 96 03087");
        assertThat(NN.iban("NO9386011117947")).isEqualTo("NO93 8601 1117 947");
        assertThat(EN.iban("GB29NWBK60161331926819")).isEqualTo("GB29 NWBK 6016 1331 9268 19");
        assertThat(NB.kid("20261041006")).isEqualTo("20261041006");
    }

    @Test
    void printsAnIdentifierThatIsNotInTheCompactFormAsGiven() {
        assertThat(NB.accountNumber("NO3932074068323")).isEqualTo("NO3932074068323");
        assertThat(NB.organisationNumber("952 601 814")).isEqualTo("952 601 814");
        assertThat(EN.iban("not an iban")).isEqualTo("not an iban");
    }

    @Test
    void writesNothingForMissingValues() {
        assertThat(NB.dateInText(null)).isEmpty();
        assertThat(NB.dateInTable(null)).isEmpty();
        assertThat(NB.amountInText(null, NOK)).isEmpty();
        assertThat(NB.period(null)).isEmpty();
        assertThat(NB.accountNumber(null)).isEmpty();
        assertThat(NB.kid(null)).isEmpty();
    }

    @Test
    void identifiersRefuseWhatIsNotTheirForm() {
        assertThatThrownBy(() -> Identifiers.organisationNumber("95260181")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'95260181' is not 9 digits");
        assertThatThrownBy(() -> Identifiers.iban("no9386011117947")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'no9386011117947' is not a compact IBAN such as NO9386011117947");
    }
}
