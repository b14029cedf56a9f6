package no.farvel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parsesAnAmountWithADecimalPointAndACurrencyCode() {
        assertThat(Money.of("12400.00", "NOK"))
                .isEqualTo(new Money(new BigDecimal("12400.00"), Currency.getInstance("NOK")));
    }

    @Test
    void refusesADecimalCommaNamingTheValueAndTheExpectedForm() {
        assertThatThrownBy(() -> Money.of("12,400", "NOK"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12,400' is not a decimal amount: expected digits with an optional '.' like 12400.00");
    }

    @Test
    void refusesAnUnknownCurrencyNamingIt() {
        assertThatThrownBy(() -> Money.of("10", "KRONER"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("'KRONER' is not an ISO 4217 currency code like NOK, EUR or GBP");
    }

    @Test
    void neverCombinesTwoCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "NOK").plus(Money.of("1", "EUR")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot combine NOK with EUR");
    }
}
