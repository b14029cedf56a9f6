package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.core.guide.internal.GuideMessages;
import no.farvel.core.guide.internal.TokenizedText;
import no.farvel.core.guide.internal.ToneModel;
import no.farvel.core.guide.internal.ToneRules;
import no.farvel.core.guide.internal.ToneScanner;
import no.farvel.localization.LetterLocale;

/**
 * The tone rules against the corpora the rules were tuned on: hostile sentences in every category, and neutral
 * sentences that share their words; and the later rounds, each written blind after a tuning round and tuning data
 * since.
 * Prints the figures the README quotes.
 */
class ToneCorpusTest {
    private static final Set<String> TONE_CODES = Set.of(FindingCodes.BLAME, FindingCodes.INSULT,
            FindingCodes.CONTEMPT, FindingCodes.SARCASM, FindingCodes.CHARACTERISATION, FindingCodes.HOSTILE,
            FindingCodes.ACCUSATION, FindingCodes.SHOUTING);
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        for (LetterLocale locale : LetterLocale.all()) {
            ToneCorpus.Figures tuned = ToneCorpus.measure(check, locale, "hostile_" + locale.code() + ".txt",
                    "neutral_" + locale.code() + ".txt");
            System.out.println(tuned.report("tuned"));
            for (String round : List.of("round2", "round3", "round4", "round5")) {
                System.out.println(ToneCorpus.round(check, locale, round).report(round));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void keepsTheLaterRoundsItWasWidenedFor(LetterLocale locale) {
        for (String round : List.of("round2", "round3", "round4", "round5")) {
            ToneCorpus.Figures figures = ToneCorpus.round(check, locale, round);
            assertThat(figures.flaggedShare()).as("%s flagged; missed: %s", round, figures.missed())
                    .isGreaterThanOrEqualTo(0.85);
            assertThat(figures.errorShare()).as("%s errors; missed: %s", round, figures.missed())
                    .isGreaterThanOrEqualTo(0.80);
            assertThat(figures.alarms()).as("%s false alarms", round).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void meetsTheTargetsOnTheTuningCorpora(LetterLocale locale) {
        ToneCorpus.Figures figures = ToneCorpus.measure(check, locale, "hostile_" + locale.code() + ".txt",
                "neutral_" + locale.code() + ".txt");
        assertThat(figures.hostile()).isGreaterThanOrEqualTo(100);
        assertThat(figures.neutral()).isGreaterThanOrEqualTo(100);
        assertThat(figures.flaggedShare()).as("flagged; missed: %s", figures.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.errorShare()).as("errors; missed: %s", figures.missed()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.alarms()).as("false alarms").isEmpty();
    }

    /**
     * A sentence an absolving rule clears is judged by neither the blame rules nor the model, so an absolving rule that
     * matches hostile wording hides it whole: "vi kommer ikke til å savne dere" once read as "kommer ikke av dere" (not
     * caused by you), "the delays were our fault" as an admission when the recipient had told their customers so. No
     * hostile sentence of the corpora, nor of the probes written against absolving rules ({@code
     * probes/absolving_hostile_*.txt}: a review's sentences and their variants, not training data), may be cleared,
     * save the three below: sarcasm told through the writer's own denial, which the check misses with or without the
     * rule that clears it.
     */
    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void anAbsolvingRuleClearsNoHostileSentence(LetterLocale locale) {
        Set<String> known = Set.of(
                "Kjempeflott at vi fikk vite om den nye adkomsten fra naboen og ikke fra dere.",
                "Vanlig høflighet overfor håndverkere er tydeligvis ikke noe dere har hørt om.",
                "Don't you dare say you never got the invoice, YOU DID!!!");
        ToneRules rules = ToneRules.builtIn(locale);
        List<String> sentences = hostileWithProbes(locale, "absolving_hostile_");
        List<String> cleared = new ArrayList<>();
        for (String sentence : sentences) {
            TokenizedText text = TokenizedText.of(sentence, locale);
            // As the scanner reads them: a match in a question clears nothing ("Kvifor skulle vi ta på oss skulda …?").
            rules.absolves().stream().filter(r -> r.match().find(text, locale, rules.sets()).stream()
                            .anyMatch(span -> !text.isQuestion(text.sentenceAt(span[0]))))
                    .findFirst().filter(r -> !known.contains(sentence))
                    .ifPresent(r -> cleared.add(sentence + " <- " + r.match()));
        }
        assertThat(cleared).as("hostile sentences an absolving rule clears").isEmpty();
    }

    /**
     * The rules that deny the recipient's fault ({@code CLEARS}) drop a blame, accusation or characterisation whose words
     * run over the denial. None of them may take every rule finding from a hostile sentence of the corpora or of the
     * probes written against them ({@code probes/denial_hostile_*.txt}: blame after "but", a second clause of contempt,
     * counterfactuals, "never once bothered to", irony tags, and the sentences of stop 46's review), so that what the
     * rules caught before a denial line came stays caught by the rules, not by the model alone. Each sentence is read
     * by the scanner twice, with the built-in rules and with the same file less its CLEARS lines.
     */
    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void aDenialRuleTakesNoHostileSentencesEveryRuleFinding(LetterLocale locale) {
        ToneRules rules = ToneRules.builtIn(locale);
        ToneRules withoutDenials = ToneRules.read(new StringReader(Examples.builtInRules(locale.code()).lines()
                .filter(line -> !line.startsWith("CLEARS")).collect(Collectors.joining("\n", "", "\n"))),
                "tone_" + locale.code() + ".txt less CLEARS", locale);
        assertThat(withoutDenials.clears()).isEmpty();
        assertThat(rules.clears()).hasSizeGreaterThanOrEqualTo(10);
        // Irony or blame in the next clause, which no line's guards see (stop 46's review): these rest on the model.
        Set<String> known = Set.of(
                "Dere sytet aldri én gang over prisen, dere lot bare være å betale.",
                "Ikke en eneste gang har dere klaget – dere har bare latt være å betale.",
                "Ikke fordi dere var uforsiktige, nei da, dere var bare uheldige for sjuende gang.",
                "None of the blame lies with your team, which makes a change from every other month.",
                "That is not because your staff are careless; it is because they are lazy.",
                "This is not because your staff are careless; it is because they are untrained.",
                "Your accountant never once refused a fee, however little work he had done.",
                "Your children never once broke a window, they only kicked the ball at them all day.",
                "Your drivers never once broke a gate, they just left every one of them open.",
                "Your drivers never once damaged a crate they could not find an excuse for.");
        ToneScanner scanner = new ToneScanner(new GuideMessages());
        List<String> taken = new ArrayList<>();
        for (String sentence : hostileWithProbes(locale, "denial_hostile_")) {
            boolean before = !scanner.scan(sentence, "note", List.of(withoutDenials), Set.of(), locale).isEmpty();
            boolean after = !scanner.scan(sentence, "note", List.of(rules), Set.of(), locale).isEmpty();
            if (before && !after && !known.contains(sentence)) {
                taken.add(sentence);
            }
        }
        assertThat(taken).as("hostile sentences whose every rule finding a CLEARS line takes").isEmpty();
    }

    /**
     * The tone model overrules a built-in rule's blame, accusation, characterisation, contempt or sarcasm when it is all
     * but sure the hit's sentence and clause are polite ({@link ToneModel#OVERRULES_BELOW}). It may take no rule's
     * every finding from a hostile sentence of the corpora or of the probes written against it ({@code
     * probes/overruled_hostile_*.txt}: stop 51's review, blame after thanks and good wishes, irony in warm words, blame
     * moved on to the recipient after a denial): what the rules catch in a hostile sentence stays caught. Each sentence
     * is read by the scanner twice, the rules alone and the rules with the model. Save one sentence a language: the
     * exasperated question of the first blind set, filed as shouting, a kind the model never learns (its weight is in
     * the capitals and marks, which the shouting check reads), so that to the model it is a polite question.
     */
    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void theToneModelTakesNoHostileSentencesEveryRuleFinding(LetterLocale locale) {
        Set<String> known = Set.of("Hvorfor har ingen svart?!", "Kvifor har ingen svara?!", "Why has nobody replied?!");
        ToneRules rules = ToneRules.builtIn(locale);
        ToneModel model = ToneModel.builtIn(locale).orElseThrow();
        ToneScanner scanner = new ToneScanner(new GuideMessages());
        List<String> taken = new ArrayList<>();
        for (String sentence : hostileWithProbes(locale, "overruled_hostile_")) {
            boolean rulesFind = !scanner.scan(sentence, "note", List.of(rules), Set.of(), locale).isEmpty();
            if (rulesFind && !known.contains(sentence)
                    && scanner.scan(sentence, "note", List.of(rules), Set.of(), locale, model).isEmpty()) {
                taken.add(sentence);
            }
        }
        assertThat(taken).as("hostile sentences the tone model's overruling leaves without a finding").isEmpty();
    }

    /**
     * Mock denials ({@code probes/mock_denial_*.txt}, stop 52's review): "Det var selvsagt ikke deres feil at …, dere
     * hadde bare regnet feil i hver eneste rapport". Since "selvsagt" no longer makes every denial a scoff, a denial
     * takes their rule findings and no line reads the irony in the rest of the sentence; they rest on the tone model,
     * which flagged this many of them a language when the change was made (nb, nn, en). A change that loses more shows
     * here.
     */
    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void theCheckStillFlagsMostMockDenials(LetterLocale locale) {
        Map<String, Integer> flaggedWhenMade = Map.of("nb", 3, "nn", 5, "en", 2);
        List<String> flagged = new ArrayList<>();
        List<String> probes = Examples.probes("mock_denial_" + locale.code() + ".txt");
        for (String sentence : probes) {
            if (!ToneCorpus.noteFindings(check, locale, sentence).isEmpty()) {
                flagged.add(sentence);
            }
        }
        System.out.printf(Locale.ROOT, "mock denials %s: %d of %d flagged%n", locale.code(), flagged.size(),
                probes.size());
        assertThat(flagged).hasSizeGreaterThanOrEqualTo(flaggedWhenMade.get(locale.code()));
    }

    /** Every hostile sentence of the language's corpora, then the probes {@code probes/PREFIXlang.txt} (at least 15). */
    private static List<String> hostileWithProbes(LetterLocale locale, String prefix) {
        List<String> sentences = new ArrayList<>();
        for (String file : ToneModelTrainer.corpusFiles()) {
            if (ToneModelTrainer.isHostile(file, locale)) {
                ToneCorpus.hostile(file).forEach(h -> sentences.add(h.sentence()));
            }
        }
        List<String> probes = Examples.probes(prefix + locale.code() + ".txt");
        assertThat(probes).hasSizeGreaterThanOrEqualTo(15);
        sentences.addAll(probes);
        return sentences;
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void everyHostileFindingIsAToneFindingAtTheNote(LetterLocale locale) {
        for (ToneCorpus.Hostile h : ToneCorpus.hostile("hostile_" + locale.code() + ".txt")) {
            List<Finding> findings = check.check(ToneCorpus.withNote(locale, h.sentence()));
            assertThat(findings).as("findings for \"%s\"", h.sentence()).allSatisfy(f -> {
                assertThat(f.code()).isIn(TONE_CODES);
                assertThat(f.location()).isEqualTo("closing.personalNote");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void aHostileSentenceWrittenByTheTemplateIsFoundInTheRenderedLetter(LetterLocale locale) {
        String letter = Examples.resource("rendered_" + locale.code() + ".txt");
        for (ToneCorpus.Hostile h : ToneCorpus.hostile("hostile_" + locale.code() + ".txt")) {
            boolean inData = !check.check(ToneCorpus.withNote(locale, h.sentence())).isEmpty();
            List<Finding> findings = check.checkLetter(Examples.of(locale), letter + "\n" + h.sentence() + "\n");
            assertThat(findings.isEmpty()).as("findings for \"%s\"", h.sentence()).isEqualTo(!inData);
            assertThat(findings).allSatisfy(f -> assertThat(f.location()).startsWith("letter: \""));
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void leavesEveryNeutralSentenceAloneInALetterToo(LetterLocale locale) {
        for (String sentence : ToneCorpus.neutral("neutral_" + locale.code() + ".txt")) {
            String letter = Examples.resource("rendered_" + locale.code() + ".txt") + "\n" + sentence + "\n";
            assertThat(check.checkLetter(Examples.of(locale), letter))
                    .as("findings for \"%s\" in a letter", sentence).isEmpty();
        }
    }
}
