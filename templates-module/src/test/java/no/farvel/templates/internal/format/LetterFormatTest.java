package no.farvel.templates.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Money;
import org.junit.jupiter.api.Test;

class LetterFormatTest {
    private static final LetterFormat NB = LetterFormat.of(LetterLocale.NB);
    private static final LetterFormat NN = LetterFormat.of(LetterLocale.NN);
    private static final LetterFormat EN = LetterFormat.of(LetterLocale.EN);

    @Test
    void writesDatesTheWayEachLanguageDoes() {
        LocalDate date = LocalDate.of(2026, 11, 28);
        assertThat(NB.date(date)).isEqualTo("28. november 2026");
        assertThat(NN.date(date)).isEqualTo("28. november 2026");
        assertThat(EN.date(date)).isEqualTo("28 November 2026");
        assertThat(EN.date(LocalDate.of(2027, 1, 5))).isEqualTo("5 January 2027");
    }

    @Test
    void writesShortDatesForTableColumns() {
        LocalDate date = LocalDate.of(2026, 1, 5);
        assertThat(NB.shortDate(date)).isEqualTo("05.01.2026");
        assertThat(NN.shortDate(date)).isEqualTo("05.01.2026");
        assertThat(EN.shortDate(date)).isEqualTo("5 Jan 2026");
    }

    @Test
    void putsKronerAfterTheAmountInTextAndBeforeItInTables() {
        Money nok = Money.of("12400.00", "NOK");
        assertThat(NB.amountInText(nok)).isEqualTo("12\u00A0400,00\u00A0kr");
        assertThat(NB.amountInTable(nok)).isEqualTo("kr\u00A012\u00A0400,00");
        assertThat(NN.amountInTable(nok)).isEqualTo("kr\u00A012\u00A0400,00");
    }

    @Test
    void writesForeignCurrenciesWithTheirCodeFirst() {
        assertThat(NB.amountInText(Money.of("990", "EUR"))).isEqualTo("EUR\u00A0990,00");
        assertThat(EN.amountInText(Money.of("1850.5", "GBP"))).isEqualTo("GBP\u00A01,850.50");
        assertThat(EN.amountInTable(Money.of("12400.00", "NOK"))).isEqualTo("NOK\u00A012,400.00");
    }

    @Test
    void groupsLargeAmountsAndKeepsCurrenciesWithoutDecimalsWhole() {
        assertThat(NB.number(Money.of("1234567.89", "NOK"))).isEqualTo("1\u00A0234\u00A0567,89");
        assertThat(EN.number(Money.of("1234567.89", "NOK"))).isEqualTo("1,234,567.89");
        assertThat(EN.number(Money.of("1500", "JPY"))).isEqualTo("1,500");
        assertThat(NB.number(Money.of("-4500", "NOK"))).isEqualTo("\u22124\u00A0500,00");
        assertThat(NB.number(Money.of("100", "NOK"))).isEqualTo("100,00");
    }

    @Test
    void writesNoticePeriodsInEachLanguage() {
        assertThat(NB.period(Period.ofMonths(2))).isEqualTo("2 måneder");
        assertThat(NN.period(Period.ofMonths(2))).isEqualTo("2 månader");
        assertThat(EN.period(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(NB.period(Period.of(1, 6, 0))).isEqualTo("1 år og 6 måneder");
        assertThat(EN.period(Period.ofDays(14))).isEqualTo("14 days");
    }

    @Test
    void writesNothingForMissingValues() {
        assertThat(NB.date(null)).isEmpty();
        assertThat(NB.amountInText(null)).isEmpty();
        assertThat(NB.period(null)).isEmpty();
    }
}
