package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.farvel.localization.LetterLocale;

/**
 * A sentence the rules found clean is remembered with its numbers written as zeros, so that the same sentence with
 * another amount, date or invoice number is not matched again: that must never change what the rules find.
 */
class CleanCacheTest {
    @Test
    void onlyTheDigitsOfNumbersStandingApartBecomeZeros() {
        assertThat(ToneRules.numbersAsZeros("Faktura 2026-1041 på kr 12 500,50 forfalt 15.03.2027."))
                .isEqualTo("Faktura 0000-0000 på kr 00 000,00 forfalt 00.00.0000.");
        assertThat(ToneRules.numbersAsZeros("+47 22 33 44 55 (NO 987 654 321 MVA)"))
                .isEqualTo("+00 00 00 00 00 (NO 000 000 000 MVA)");
        // Digits that may stand for letters, beside a letter, '@', '$' or an invisible character, stay.
        for (String kept : List.of("1d10t", "B2B og A4", "1\u200Bdiot", "x@12", "$5", "5\u00ADhit", "3rd")) {
            assertThat(ToneRules.numbersAsZeros(kept)).as(kept).isEqualTo(kept);
        }
    }

    /** On every sentence of the corpora, each rule finds the same words in the sentence as in its zeroed twin. */
    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void theRulesFindTheSameWithNumbersAsZeros(String code) throws Exception {
        LetterLocale locale = LetterLocale.fromCode(code);
        int withNumbers = 0;
        for (ToneRules rules : Stream.of(ToneRules.builtIn(locale), ToneRules.builtIn(LetterLocale.EN)).distinct()
                .toList()) {
            for (String sentence : RuleIndexTest.sentences(code)) {
                String zeros = ToneRules.numbersAsZeros(sentence);
                if (zeros.equals(sentence)) {
                    continue;
                }
                withNumbers++;
                assertThat(matches(rules, zeros, locale)).as("%s rules on '%s'", rules.language().code(), sentence)
                        .isEqualTo(matches(rules, sentence, locale));
            }
        }
        assertThat(withNumbers).as("corpus sentences with a number").isGreaterThan(300);
    }

    @Test
    void aPackRuleThatReadsANumberKeepsTheNumbers() {
        ToneRules pack = ToneRules.read(new StringReader("INSULT | words: =007 | skriv saklig\n"), "pack",
                LetterLocale.NB);
        pack.rememberClean("Saken gjelder agent 123.");
        assertThat(pack.knownClean("Saken gjelder agent 007.")).isFalse();
        assertThat(pack.knownClean("Saken gjelder agent 123.")).isTrue();

        ToneRules builtIn = ToneRules.builtIn(LetterLocale.NB).plus(ToneRules.empty(LetterLocale.NB));
        builtIn.rememberClean("Faktura 2026-1041 på 12 500 kroner forfaller 15. mars 2027.");
        assertThat(builtIn.knownClean("Faktura 2027-0077 på 9 800 kroner forfaller 1. april 2027.")).isFalse();
        assertThat(builtIn.knownClean("Faktura 2027-0077 på 98 800 kroner forfaller 11. mars 2028.")).isTrue();
        assertThat(builtIn.plus(pack).knownClean("Faktura 2026-1041 på 12 500 kroner forfaller 15. mars 2027."))
                .as("joined with a rule that reads numbers: a fresh cache that keeps them").isFalse();
    }

    /** Each rule's matches, as "rule index: from-to" word spans. */
    private static List<String> matches(ToneRules rules, String text, LetterLocale locale) {
        TokenizedText tokens = TokenizedText.of(text, locale);
        List<String> found = new ArrayList<>();
        for (int r = 0; r < rules.rules().size(); r++) {
            for (int[] span : rules.rules().get(r).match().find(tokens, rules.language(), rules.sets())) {
                found.add(r + ": " + span[0] + "-" + span[1]);
            }
        }
        return found;
    }
}
