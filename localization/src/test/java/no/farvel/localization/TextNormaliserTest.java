package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        String original = originalOf("Dere er 1di\u200b0ter!", "idioter");
        assertThat(original).isEqualTo("1di\u200b0ter");
        assertThat(TextNormaliser.visible(original)).isEqualTo("1di0ter");
    }

    @Test
    void joinsAWordSpeltOutInSingleLetters() {
        assertThat(normalise("en flokk k l o v n e r, an I.D.I.O.T. and a c-o-w-b-o-y_ d*u*s*t"))
                .isEqualTo("en flokk klovner, an idiot. and a cowboy_ dust");
        // Three letters or fewer, mixed separators, letters beside words or digits: left alone.
        assertThat(normalise("o.s.v. t.o.m. bodde på Å i Å i Lofoten, a b-c d, ab c d e, 1a b c d"))
                .isEqualTo("o.s.v. t.o.m. bodde på å i å i lofoten, a b-c d, ab c d e, 1a b c d");
    }

    @Test
    void keepsTheOffsetsOfASpeltOutWord() {
        assertThat(normalise("Dere er k l o v n e r!")).isEqualTo("dere er klovner!");
        assertThat(originalOf("Dere er k l o v n e r!", "klovner")).isEqualTo("k l o v n e r");
    }

    /** What the normalised {@code word} in {@code text} was in the original, by the offsets the normaliser keeps. */
    private static String originalOf(String text, String word) {
        NormalisedText n = TextNormaliser.normaliseWithOffsets(text, Locale.ROOT);
        int from = n.text().indexOf(word);
        assertThat(from).as(word + " in " + n.text()).isPositive();
        return text.substring(n.originalStart(from), n.originalEnd(from + word.length() - 1));
    }

    @Test
    void visibleRemovesOnlyTheInvisible() {
        assertThat(TextNormaliser.visible("Ide\u00adal\u200b, “ÆØÅ”\u2060 ﬁ")).isEqualTo("Ideal, “ÆØÅ” ﬁ");
    }

    @Test
    void everyCharacterBelowU2100NormalisesAsNfkcFoldedAndLowerCasedInEachLocale() {
        for (String language : List.of("nb", "nn", "en", "tr")) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            for (char c = 0; c < 0x2100; c++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (Character.isSurrogate(c) || Character.isLetterOrDigit(c) && c < 0x80
                        || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC) {
                    continue; // ASCII letters and digits fold with their neighbours; look-alikes have their own test
                }
                String twice = TextNormaliser.normalise(c + " " + c, locale);
                String expected = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC)
                        .codePoints()
                        .filter(cp -> Character.getType(cp) != Character.FORMAT && cp != 0x034F
                                && !(cp >= 0xFE00 && cp <= 0xFE0F))
                        .mapToObj(cp -> FOLDED.getOrDefault(Character.toString(cp), Character.toString(cp)))
                        .collect(java.util.stream.Collectors.joining())
                        .toLowerCase(locale);

                assertThat(twice).as("U+%04X in %s", (int) c, language).isEqualTo(expected + " " + expected);
            }
        }
    }

    /** The folds the class documents for typographic quotes and dashes and a few look-alikes. */
    private static final java.util.Map<String, String> FOLDED = java.util.Map.ofEntries(
            java.util.Map.entry("\u2018", "'"), java.util.Map.entry("\u2019", "'"), java.util.Map.entry("\u201A", "'"),
            java.util.Map.entry("\u201B", "'"), java.util.Map.entry("\u2032", "'"), java.util.Map.entry("`", "'"),
            java.util.Map.entry("\u00B4", "'"), java.util.Map.entry("\u201C", "\""), java.util.Map.entry("\u201D", "\""),
            java.util.Map.entry("\u201E", "\""), java.util.Map.entry("\u201F", "\""), java.util.Map.entry("\u2033", "\""),
            java.util.Map.entry("\u00AB", "\""), java.util.Map.entry("\u00BB", "\""), java.util.Map.entry("\u2010", "-"),
            java.util.Map.entry("\u2011", "-"), java.util.Map.entry("\u2012", "-"), java.util.Map.entry("\u2013", "-"),
            java.util.Map.entry("\u2014", "-"), java.util.Map.entry("\u2015", "-"), java.util.Map.entry("\u2212", "-"),
            java.util.Map.entry("\u2043", "-"), java.util.Map.entry("\u0131", "i"));
}
