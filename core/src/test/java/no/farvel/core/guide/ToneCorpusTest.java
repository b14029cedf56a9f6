package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.core.Closing;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Termination;

/** The word lists against corpora of hostile sentences (all flagged) and neutral ones sharing their words (none). */
class ToneCorpusTest {
    private static final Set<String> TONE_CODES = Set.of(FindingCodes.BLAME, FindingCodes.INSULT,
            FindingCodes.ACCUSATION, FindingCodes.HOSTILE, FindingCodes.SHOUTING);
    private final GuideCheck check = GuideCheck.standard();

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsEveryHostileSentenceAsAPersonalNote(LetterLocale locale) {
        List<String> corpus = Examples.corpus("hostile_" + locale.code() + ".txt");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        for (String sentence : corpus) {
            List<Finding> findings = check.check(withNote(locale, sentence));
            assertThat(findings).as("findings for \"%s\"", sentence).isNotEmpty()
                    .allSatisfy(f -> {
                        assertThat(f.code()).isIn(TONE_CODES);
                        assertThat(f.location()).isEqualTo("closing.personalNote");
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void flagsEveryHostileSentenceInARenderedLetter(LetterLocale locale) {
        String letter = Examples.resource("rendered_" + locale.code() + ".txt");
        for (String sentence : Examples.corpus("hostile_" + locale.code() + ".txt")) {
            List<Finding> findings = check.checkLetter(Examples.of(locale), letter + "\n" + sentence + "\n");
            assertThat(findings).as("findings for \"%s\"", sentence).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.location()).isEqualTo("letter: \"" + sentence + "\""));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void leavesEveryNeutralSentenceAlone(LetterLocale locale) {
        List<String> corpus = Examples.corpus("neutral_" + locale.code() + ".txt");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        for (String sentence : corpus) {
            assertThat(check.check(withNote(locale, sentence))).as("findings for \"%s\"", sentence).isEmpty();
            String letter = Examples.resource("rendered_" + locale.code() + ".txt") + "\n" + sentence + "\n";
            assertThat(check.checkLetter(Examples.of(locale), letter))
                    .as("findings for \"%s\" in a letter", sentence).isEmpty();
        }
    }

    private static Termination withNote(LetterLocale locale, String note) {
        return Examples.of(locale).toBuilder().closing(new Closing(true, true, note)).build();
    }
}
