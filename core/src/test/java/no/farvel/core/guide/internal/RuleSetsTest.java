package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import no.farvel.localization.LetterLocale;

/** A rules file's sets: {@code SET b | @a - =x} starts from the words of a set above it and leaves some out. */
class RuleSetsTest {
    private static final String MOCKING = "SARCASM | phrase: =your =fault ...1 @mocking | say plainly what happened\n";

    @Test
    void aSetBuiltFromAnotherHoldsItsWordsLessThoseLeftOut() {
        ToneRules rules = read("SET hedge | =apparently =naturally =supposedly =allegedly\n"
                + "SET mocking | @hedge - =naturally =supposedly\n" + MOCKING);
        assertThat(matches(rules, "It was not your fault, apparently.")).isTrue();
        assertThat(matches(rules, "It was not your fault, allegedly.")).isTrue();
        assertThat(matches(rules, "It was not your fault, naturally.")).isFalse();
    }

    @Test
    void theCopyIsTakenAtItsLine() {
        ToneRules rules = read("SET hedge | =apparently\nSET mocking | @hedge\nSET hedge | =allegedly\n" + MOCKING);
        assertThat(matches(rules, "It was not your fault, apparently.")).isTrue();
        assertThat(matches(rules, "It was not your fault, allegedly.")).isFalse();
    }

    @Test
    void aSetThatCannotBeBuiltIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> read("SET mocking | @hedge - =naturally\nSET hedge | =naturally\n"))
                .hasMessageContaining("test, line 1")
                .hasMessageContaining("names @hedge, which no line above it in this file defines");
        assertThatThrownBy(() -> read("SET hedge | =apparently\nSET mocking | @hedge - =naturally\n"))
                .hasMessageContaining("test, line 2")
                .hasMessageContaining("leaves out =naturally, which it does not hold");
        assertThatThrownBy(() -> read("SET hedge | =apparently\nSET hedge | @hedge =allegedly\n"))
                .hasMessageContaining("test, line 2").hasMessageContaining("the set 'hedge' names itself");
        assertThatThrownBy(() -> read("SET hedge | =apparently\nSET mocking | @hedge -\n"))
                .hasMessageContaining("test, line 2").hasMessageContaining("at most one ' - '");
        assertThatThrownBy(() -> read("SET hedge | =apparently\nSET mocking | =allegedly - @hedge\n"))
                .hasMessageContaining("test, line 2").hasMessageContaining("only words can be left out");
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
