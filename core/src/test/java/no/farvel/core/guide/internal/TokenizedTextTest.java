package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.farvel.localization.LetterLocale;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {
    private static List<String> sentences(String text, LetterLocale language) {
        TokenizedText tokens = TokenizedText.of(text, language);
        return ToneFeatures.sentences(tokens).stream()
                .map(range -> String.join(" ", tokens.tokens().subList(range[0], range[1]).stream()
                        .map(TokenizedText.Token::form).toList()))
                .toList();
    }

    @Test
    void aFullStopAfterAShortAbbreviationBeforeALowerCaseWordOrADigitEndsNoSentence() {
        assertThat(sentences("Kostymene kan leveres mellom kl. 8 og 16. Takk for samarbeidet.", LetterLocale.NB))
                .containsExactly("kostymene kan leveres mellom kl 8 og 16", "takk for samarbeidet");
        assertThat(sentences("Det gjelder bl.a. fakturaene og ca. 20 timer, f.eks. i mars.", LetterLocale.NB))
                .hasSize(1);
        assertThat(sentences("Please quote order no. 4417, e.g. in the subject line.", LetterLocale.EN)).hasSize(1);
        // Still two sentences: the next starts with a capital, or the word before is no abbreviation.
        assertThat(sentences("Vi takker for i år. Ha en god jul.", LetterLocale.NB)).hasSize(2);
        assertThat(sentences("The boxes were collected. 12 remain in the store.", LetterLocale.EN)).hasSize(2);
        assertThat(sentences("Fakturaen forfalt 1. mai. Den er betalt.", LetterLocale.NB)).hasSize(2);
        // A short word that is no abbreviation still ends its sentence, and so does a line break.
        assertThat(sentences("We apologise to you. 2 of your staff were careless.", LetterLocale.EN)).hasSize(2);
        assertThat(sentences("Sorry for the mix-up on our end. your team was careless.", LetterLocale.EN)).hasSize(2);
        assertThat(sentences("Vi beklager dette overfor deg. 2 av medarbeiderne dine var late.", LetterLocale.NB))
                .hasSize(2);
        assertThat(sentences("Ring oss før kl.\n\n3 fakturaer er fortsatt ubetalt.", LetterLocale.NB)).hasSize(2);
    }
}
