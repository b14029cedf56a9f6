package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"15039603087", "15039482190", "15039351819"})
    void acceptsNumbersWithACorrectCheckDigit(String number) {
        assertThat(AccountNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15039603088", "12345678901", "1503960308", "150396030870", "1503 96 03087",
            "1503.96.03087", "1503960308a", ""})
    void refusesWrongCheckDigitsWrongLengthsAndSeparators(String number) {
        assertThat(AccountNumber.isValid(number)).isFalse();
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // Weight 5 on the first digit: 5*9 = 45 = 4*11 + 1, remainder 1, so no check digit can make it valid.
        for (char last = '0'; last <= '9'; last++) {
            assertThat(AccountNumber.isValid("9000000000" + last)).as("9000000000" + last).isFalse();
        }
    }

    @Test
    void refusesNull() {
        assertThat(AccountNumber.isValid(null)).isFalse();
    }

    @Test
    void formatsAsFourTwoFive() {
        assertThat(AccountNumber.format("15039603087")).isEqualTo("1503 96 03087");
    }

    @Test
    void formatRefusesAnInvalidNumberQuotingIt() {
        assertThatThrownBy(() -> AccountNumber.format("15039603088"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'15039603088' is not a valid Norwegian bank account number");
    }
}
