package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"NO3932074068323", "NO9386011117947", "GB82WEST12345698765432", "DE89370400440532013000"})
    void acceptsCompactUpperCaseIbansThatPassMod97(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO3932074068324", "NO9386011117974", "GB82WEST12345698765433"})
    void refusesIbansThatFailMod97(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO39 3207 4068 323", "no3932074068323", "N03932074068323", "NOXX32074068323",
            "NO393207406832", "GB82WEST1234569876543212345678901234", "NO39320740683-3", ""})
    void refusesSpacedLowerCaseMalformedAndWrongLengthInput(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(Iban.format("NO9386011117947")).isEqualTo("NO93 8601 1117 947");
        assertThat(Iban.format("GB82WEST12345698765432")).isEqualTo("GB82 WEST 1234 5698 7654 32");
    }

    @Test
    void formatRefusesAnInvalidIbanQuotingIt() {
        assertThatThrownBy(() -> Iban.format("NO39 3207 4068 323"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'NO39 3207 4068 323' is not a valid IBAN");
    }
}
