package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    @Test
    void removesFormatCharactersFoldsCaseAndLookAlikes() {
        assertThat(TextNormaliser.normalise("IDI\u200bOT\u00ad \u202eidi\u043e\u0442\u2060").text())
                .isEqualTo("idiot idiot");
    }

    @Test
    void appliesNfkcToLigaturesFullWidthAndCombiningMarks() {
        assertThat(TextNormaliser.normalise("\ufb01le \uff49\uff44 e\u0301").text()).isEqualTo("file id \u00e9");
    }

    @Test
    void foldsDigitsOnlyInsideWords() {
        assertThat(TextNormaliser.normalise("1d10ter st0pid 2026-1041 INV-2026 B2B A4 kr 12 400").text())
                .isEqualTo("idioter stopid 2026-1041 inv-2026 b2b a4 kr 12 400");
    }

    @Test
    void remembersWhereEachCharacterCameFrom() {
        String text = "Dere er idi\u200boter!";
        TextNormaliser.Normalised n = TextNormaliser.normalise(text);
        int from = n.text().indexOf("idioter");
        int to = from + "idioter".length();
        assertThat(text.substring(n.originalStart(from), n.originalEnd(to))).isEqualTo("idi\u200boter");
        assertThat(TextNormaliser.visible(text.substring(n.originalStart(from), n.originalEnd(to))))
                .isEqualTo("idioter");
    }
}
