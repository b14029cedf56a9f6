package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import no.farvel.localization.LetterLocale;

/** A rules file's sets: {@code SET b | @a - =x} starts from the words of a set above it and leaves some out. */
class RuleSetsTest {
    private static final String SETS = """
            SET hedge | =apparently =naturally =supposedly
            SET mocking | @hedge - =naturally =supposedly =allegedly
            SARCASM | phrase: =your =fault ...1 @mocking | say plainly what happened
            """;

    @Test
    void aSetBuiltFromAnotherHoldsItsWordsLessThoseLeftOut() {
        ToneRules rules = read("SET hedge | =apparently =naturally =supposedly =allegedly\n"
                + "SET mocking | @hedge - =naturally =supposedly\n"
                + "SARCASM | phrase: =your =fault ...1 @mocking | say plainly what happened\n");
        assertThat(matches(rules, "It was not your fault, apparently.")).isTrue();
        assertThat(matches(rules, "It was not your fault, allegedly.")).isTrue();
        assertThat(matches(rules, "It was not your fault, naturally.")).isFalse();
    }

    @Test
    void aSetNamedBeforeItIsDefinedOrAWordItDoesNotHoldIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> read("SET mocking | @hedge - =naturally\nSET hedge | =apparently\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test, line 1").hasMessageContaining("@hedge, which no line above defines");
        assertThatThrownBy(() -> read(SETS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test, line 2")
                .hasMessageContaining("the set 'mocking' leaves out =allegedly, which it does not hold");
    }

    private static ToneRules read(String text) {
        return ToneRules.read(new StringReader(text), "test", LetterLocale.EN);
    }

    private static boolean matches(ToneRules rules, String text) {
        TokenizedText tokens = TokenizedText.of(text, LetterLocale.EN);
        return rules.rules().stream().anyMatch(rule -> !rule.match().find(tokens, rules.language(), rules.sets())
                .isEmpty());
    }
}
