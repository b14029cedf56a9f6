package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456785", "952601814", "959083010", "966131861", "909139090"})
    void acceptsNumbersWithACorrectCheckDigit(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"987654321", "952601815", "123456784", "12345678", "1234567850", "952 601 814",
            "95260181x", "", "٩٥٢٦٠١٨١٤"})
    void refusesWrongCheckDigitsWrongLengthsAndNonDigits(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 00000040x: 4*3 = 12, 12 mod 11 = 1, so no single check digit exists and every ninth digit is wrong.
        for (char last = '0'; last <= '9'; last++) {
            assertThat(OrganisationNumber.isValid("00000040" + last)).as("00000040" + last).isFalse();
        }
    }

    @Test
    void refusesNull() {
        assertThat(OrganisationNumber.isValid(null)).isFalse();
    }

    @Test
    void formatsInGroupsOfThree() {
        assertThat(OrganisationNumber.format("952601814")).isEqualTo("952 601 814");
    }

    @Test
    void formatRefusesAnInvalidNumberQuotingIt() {
        assertThatThrownBy(() -> OrganisationNumber.format("987654321"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'987654321' is not a valid organisation number");
        assertThatThrownBy(() -> OrganisationNumber.format(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'number' must not be null");
    }
}
