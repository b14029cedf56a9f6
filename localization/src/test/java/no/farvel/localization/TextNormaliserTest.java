package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tricks a word can hide behind, undone: the guide check reads every letter through this. */
class TextNormaliserTest {
    private static String normalise(String text) {
        return TextNormaliser.normalise(text, Locale.ROOT);
    }

    @Test
    void removesFormatCharactersFoldsCaseAndLookAlikes() {
        assertThat(normalise("IDI\u200bOT\u00ad \u202eidi\u043e\u0442\u2060")).isEqualTo("idiot idiot");
        assertThat(normalise("\u043c\u043e\u0440\u043e\u043d \u03b2\u03b9\u03c4\u03c7")).isEqualTo("mopoh bitx");
    }

    @Test
    void appliesNfkcToLigaturesFullWidthAndCombiningMarks() {
        assertThat(normalise("\ufb01le \uff49\uff44 e\u0301")).isEqualTo("file id \u00e9");
    }

    @Test
    void foldsDigitsOnlyInsideWords() {
        assertThat(normalise("1d10ter st0pid $tupid 2026-1041 INV-2026 B2B A4 kr 12 400 28th"))
                .isEqualTo("idioter stopid stupid 2026-1041 inv-2026 b2b a4 kr 12 400 28th");
    }

    @Test
    void keepsTheOffsetsOfAFoldedWord() {
        String text = "Dere er 1di\u200b0ter!";
        NormalisedText n = TextNormaliser.normaliseWithOffsets(text, Locale.ROOT);
        int from = n.text().indexOf("idioter");
        int to = from + "idioter".length();
        assertThat(from).isPositive();
        assertThat(text.substring(n.originalStart(from), n.originalEnd(to - 1))).isEqualTo("1di\u200b0ter");
        assertThat(TextNormaliser.visible(text.substring(n.originalStart(from), n.originalEnd(to - 1))))
                .isEqualTo("1di0ter");
    }

    @Test
    void visibleRemovesOnlyTheInvisible() {
        assertThat(TextNormaliser.visible("Ide\u00adal\u200b, “ÆØÅ”\u2060 ﬁ")).isEqualTo("Ideal, “ÆØÅ” ﬁ");
    }
}
