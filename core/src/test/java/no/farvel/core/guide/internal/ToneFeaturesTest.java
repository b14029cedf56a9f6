package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.farvel.localization.LetterLocale;
import org.junit.jupiter.api.Test;

/**
 * Words in capitals: a known word is read as the word, anything else as an abbreviation that carries no letters. Words
 * of praise and reproach: marked with their class beside the recipient, the writer and negations.
 */
class ToneFeaturesTest {
    private static final ToneFeatures.Markers MARKERS = new ToneFeatures.Markers(Set.of("you", "your"),
            Set.of("we", "our"), Set.of("not", "never"), Polarity.NONE);

    private static Set<String> features(String text, Set<String> words) {
        return ToneFeatures.of(TokenizedText.of(text, LetterLocale.EN), LetterLocale.EN, MARKERS, words::contains);
    }

    @Test
    void aWordInCapitalsThatIsNoKnownWordIsAnAbbreviationWithoutLetterPieces() {
        Set<String> f = features("The RIDDOR log stays on site for your next inspection.", Set.of("log", "site"));
        assertThat(f).contains("w:the", "w:log").doesNotContain("b:the log")
                .noneMatch(name -> name.contains("ridd") || name.contains("dor") || name.contains("#"));
        // A possessive or a plural's s is no lower-case word: RIDDOR's and EICRs are abbreviations too.
        assertThat(features("The RIDDOR's log and both EICRs are on site.", Set.of("log", "site")))
                .noneMatch(name -> name.contains("ridd") || name.contains("eicr") || name.contains("#"));
        // The same letters in lower case are a word, whatever the model knows.
        assertThat(features("The riddor log stays on site.", Set.of())).contains("w:riddor", "c:<rid");
    }

    @Test
    void aKnownWordInCapitalsIsReadAsTheWord() {
        Set<String> f = features("You NEVER answer our letters.", Set.of("never"));
        assertThat(f).contains("w:never", "c:<nev", "q:YOU NOT");
        // One capital letter, or a capital that opens a word, is no word in capitals.
        assertThat(features("I wrote to Riddor about it.", Set.of())).contains("w:i", "w:riddor", "c:<rid");
        // A capital in the place of a name ("your dog Bully") keeps its place and says nothing; elsewhere it is read.
        assertThat(features("We trained your dog Bully.", Set.of())).contains("w:dog")
                .doesNotContain("w:bulli", "w:bully", "c:<bul", "b:dog bulli", "b:dog bully");
        assertThat(features("They were Idiots.", Set.of())).contains("w:idiot");
    }

    @Test
    void theShippedModelsJudgeEveryUnknownAbbreviationAlike() {
        for (LetterLocale language : LetterLocale.all()) {
            ToneModel model = ToneModel.builtIn(language).orElseThrow();
            String sentence = language == LetterLocale.EN ? "The %s log and the final %s report stay with your office."
                    : language == LetterLocale.NB ? "%s-loggen og den siste %s-rapporten blir liggende hos dere."
                    : "%s-loggen og den siste %s-rapporten blir liggjande hjå dykk.";
            double[] hostility = new double[3];
            String[][] abbreviations = {{"RIDDOR", "LOLER"}, {"IDIOTIX", "SKURKX"}, {"QXZV", "VQXK"}};
            for (int i = 0; i < abbreviations.length; i++) {
                TokenizedText text = TokenizedText.of(sentence.formatted(abbreviations[i][0], abbreviations[i][1]),
                        language);
                hostility[i] = model.hostility(text, 0, text.size());
            }
            assertThat(hostility[1]).as(language.code()).isEqualTo(hostility[0]);
            assertThat(hostility[2]).as(language.code()).isEqualTo(hostility[0]);
        }
    }

    @Test
    void aNounThatNamesTheRecipientsSideIsMarkedAsTheyAlsoAtTheEndOfACompound() {
        ToneFeatures.Markers markers = new ToneFeatures.Markers(Set.of("dere"), Set.of("vi"), Set.of("ikke"),
                Set.of("klubben", "idrettslaget", "styret", "!utstyret"), true, Polarity.NONE);
        Set<String> club = ToneFeatures.of(TokenizedText.of("Rideklubben betalte aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true);
        assertThat(club).anyMatch(name -> name.startsWith("q:THEY ")).anyMatch(name -> name.startsWith("p:"))
                .doesNotContain("s:you");
        assertThat(ToneFeatures.of(TokenizedText.of("Ungdomsidrettslaget betalte aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true)).anyMatch(name -> name.startsWith("q:THEY "));
        // A word that merely ends in the same letters after fewer than three is no compound of the noun.
        assertThat(ToneFeatures.of(TokenizedText.of("Paklubben betalte aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true)).noneMatch(name -> name.contains("THEY"));
        // A longer ending listed with "!" is no client: fishing equipment is no board.
        assertThat(ToneFeatures.of(TokenizedText.of("Fiskeutstyret kom aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true)).noneMatch(name -> name.contains("THEY"));
        assertThat(ToneFeatures.of(TokenizedText.of("Nyutstyret kom aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true)).noneMatch(name -> name.contains("THEY"));
        assertThat(ToneFeatures.of(TokenizedText.of("Fotballstyret betalte aldri.", LetterLocale.NB),
                LetterLocale.NB, markers, w -> true)).anyMatch(name -> name.startsWith("q:THEY "));
        // English writes no compounds as one word: a keyboard is no board.
        ToneFeatures.Markers english = new ToneFeatures.Markers(Set.of("you"), Set.of("we"), Set.of("not"),
                Set.of("board"), false, Polarity.NONE);
        assertThat(ToneFeatures.of(TokenizedText.of("The keyboard was sent back.", LetterLocale.EN),
                LetterLocale.EN, english, w -> true)).noneMatch(name -> name.contains("THEY"));
        assertThat(ToneFeatures.of(TokenizedText.of("The board never paid.", LetterLocale.EN),
                LetterLocale.EN, english, w -> true)).contains("q:the THEY");
    }

    @Test
    void wordsOfPraiseAndReproachFromTheRulesSetsAreMarkedWithTheirClass() {
        ToneFeatures.Markers markers = new ToneFeatures.Markers(Set.of("you", "your"), Set.of("we", "our"),
                Set.of("not", "never"), Polarity.builtIn(LetterLocale.EN));
        // "kind" is a word of praise in the English rules' sets, "careless" one of reproach.
        Set<String> praise = ToneFeatures.of(TokenizedText.of("Your staff were always kind.", LetterLocale.EN),
                LetterLocale.EN, markers, w -> true);
        assertThat(praise).contains("s:POS", "s:POS only", "y:YOU POS");
        Set<String> reproach = ToneFeatures.of(TokenizedText.of("Your staff were careless.", LetterLocale.EN),
                LetterLocale.EN, markers, w -> true);
        assertThat(reproach).contains("y:YOU NEG").doesNotContain("s:POS", "s:POS only", "s:NEG");
        // Praise beside a negation is no plain praise: "not kind".
        Set<String> negated = ToneFeatures.of(TokenizedText.of("Your staff were not kind.", LetterLocale.EN),
                LetterLocale.EN, markers, w -> true);
        assertThat(negated).contains("s:POS", "y:NOT POS").doesNotContain("s:POS only");
        // Too far apart, no pair: the recipient and a word of praise five words on.
        assertThat(ToneFeatures.of(TokenizedText.of("Your order of last spring was kind.", LetterLocale.EN),
                LetterLocale.EN, markers, w -> true)).contains("s:POS").noneMatch(f -> f.startsWith("y:YOU"));
        // Without the rules' sets, no class at all.
        assertThat(features("Your staff were always kind.", Set.of())).noneMatch(f -> f.startsWith("y:")
                || f.startsWith("s:POS"));
    }
}
