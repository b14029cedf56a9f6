package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.farvel.localization.LetterLocale;

/**
 * A rules file's sets: {@code SET b | @a - =x} starts from the words of a set above it and leaves some out; a set
 * {@code a_notafter} keeps {@code @a} from matching right after one of its words.
 */
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

    @Test
    void aWordOfASetDoesNotCountRightAfterAWordOfItsCompanion() {
        ToneRules rules = read("SET mocking | =apparently =known\nSET mocking_notafter | =have\n"
                + "SARCASM | phrase: =your =fault ...4 @mocking | say plainly what happened\n");
        assertThat(matches(rules, "It was your fault, we have apparently known.")).isTrue();
        assertThat(matches(rules, "It was never your fault, as nobody could have known.")).isFalse();
        // Only right after it.
        assertThat(matches(rules, "It was your fault, as we have all known.")).isTrue();
        // Only in the same clause: a comma or a full stop in between and the word counts again.
        ToneRules opening = read("SET mocking | =apparently\nSET mocking_notafter | =have\n"
                + "SARCASM | phrase: @mocking =it =was =your =fault | say plainly what happened\n");
        assertThat(matches(opening, "We have apparently it was your fault.")).isFalse();
        assertThat(matches(opening, "We have, apparently it was your fault.")).isTrue();
        assertThat(matches(opening, "We have. Apparently it was your fault.")).isTrue();
        // Words listed in the pattern itself are not the set's: the companion leaves them alone.
        ToneRules listed = read("SET mocking_notafter | =have\nSARCASM | phrase: =your =fault ...4 =known | x\n");
        assertThat(matches(listed, "It was your fault, as nobody could have known.")).isTrue();
    }

    @Test
    void firmBeforeARuleScopeKeepsTheModelFromOverrulingItAndAnythingElseIsThePattern() {
        ToneRules rules = read("SARCASM | firm clause: =good =at ...1 =losing - =not | say plainly what happened\n"
                + "SARCASM | clause: =good =at ...1 =forgetting - =not | say plainly what happened\n"
                + "HOSTILE | firm handshake\n");
        List<ToneRule> firm = rules.rules().stream().filter(ToneRule::firm).toList();
        assertThat(firm).hasSize(1);
        TokenizedText losing = TokenizedText.of("Your office is good at quietly losing invoices.", LetterLocale.EN);
        assertThat(firm.get(0).match().find(losing, rules.language(), rules.sets())).isNotEmpty();
        // Not a scope after it: a regular expression that starts with the word, matched as written.
        assertThat(matches(rules, "We parted with a firm handshake.")).isTrue();
        // Only a built-in rule is ever overruled; a pack's rule, firm or not, is its author's decision.
        assertThat(rules.rules()).noneMatch(ToneRule::overrulable);
        // ABSOLVES and CLEARS raise no finding, so "firm" before them is a mistake, said as one.
        assertThatThrownBy(() -> read("CLEARS | firm clause: =not =your + =fault\n"))
                .hasMessageContaining("test, line 1: 'firm' keeps the tone model from overruling a rule that raises "
                        + "a finding; CLEARS raises none");
    }

    @Test
    void theBuiltInFirmRulesAreTheOnlyBuiltInRulesTheModelCannotOverrule() {
        for (LetterLocale locale : List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN)) {
            List<ToneRule> builtIn = ToneRules.builtIn(locale).rules();
            assertThat(builtIn).as(locale.code()).filteredOn(ToneRule::firm).isNotEmpty()
                    .noneMatch(ToneRule::overrulable);
            assertThat(builtIn).as(locale.code()).filteredOn(rule -> !rule.firm()).allMatch(ToneRule::overrulable);
        }
    }

    @Test
    void aCompanionWithoutItsSetIsAnError() {
        ToneRules rules = read("SET mocking | =apparently\nSET mockin_notafter | =have\n" + MOCKING);
        assertThatThrownBy(rules::requireKnownSets).hasMessageContaining("'mockin_notafter'")
                .hasMessageContaining("no set is named 'mockin'");
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
