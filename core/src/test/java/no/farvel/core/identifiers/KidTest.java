package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KidTest {

    @ParameterizedTest
    @ValueSource(strings = {"20261041006", "20261088007"})
    void acceptsTheKidsOfTheSharedExamples(String kid) {
        assertThat(Kid.isValid(kid)).isTrue();
    }

    @Test
    void acceptsAKidThatPassesOnlyMod10() {
        assertThat(Kid.isValid("123456782")).isTrue();
    }

    @Test
    void acceptsAKidThatPassesOnlyMod11() {
        // 1,2,...,8 weighed 7,6,5,4,3,2,7,6 from the left: sum 138, 138 mod 11 = 6, 11 - 6 = 5.
        assertThat(Kid.isValid("123456785")).isTrue();
    }

    @Test
    void acceptsAMod11KidWithTheDashForTen() {
        assertThat(Kid.isValid("1009-")).isTrue();
    }

    @Test
    void refusesADashWhereMod11DoesNotGiveTen() {
        assertThat(Kid.isValid("1008-")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456780", "20261041008", "1-", "-", "12-4", "2026 1041 006", "2026104100x", ""})
    void refusesKidsThatFailBothChecksOrAreNotDigits(String kid) {
        assertThat(Kid.isValid(kid)).isFalse();
    }

    @Test
    void acceptsTwoToTwentyFiveDigits() {
        assertThat(Kid.isValid("18")).as("2 digits, MOD10").isTrue();
        assertThat(Kid.isValid("0".repeat(25))).as("25 digits").isTrue();
        assertThat(Kid.isValid("0")).as("1 digit").isFalse();
        assertThat(Kid.isValid("0".repeat(26))).as("26 digits").isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(Kid.isValid(null)).isFalse();
    }
}
