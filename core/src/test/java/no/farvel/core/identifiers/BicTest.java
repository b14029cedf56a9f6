package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @ValueSource(strings = {"DNBANOKK", "DNBANOKKXXX", "NWBKGB2L", "DEUTDEFF500", "HANDSESS", "RZBAXK22"})
    void acceptsEightAndElevenCharacterCodesOfKnownCountries(String bic) {
        assertThat(Bic.isValid(bic)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dnbanokk", "DNBA NOKK", "DNBANOK", "DNBANOKKXX", "DNBANOKKXXXX", "DNB1NOKK", "DNBAQQKK",
            "DNBANOK-", ""})
    void refusesLowerCaseSpacedWrongLengthDigitsInTheBankCodeAndUnknownCountries(String bic) {
        assertThat(Bic.isValid(bic)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(Bic.isValid(null)).isFalse();
    }
}
