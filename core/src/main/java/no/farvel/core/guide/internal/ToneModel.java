package no.farvel.core.guide.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.farvel.core.guide.FindingCodes;
import no.farvel.localization.LetterLocale;

/**
 * A language's tone model: two logistic regressions over {@link ToneFeatures}, learnt from the guide check's corpora
 * by {@code ToneModelTrainer} (see its documentation for how, and for the figures). The first says whether a sentence
 * is hostile to the reader; the second, for a hostile one, whether it is an accusation stated as fact (a warning)
 * rather than blame, contempt, sarcasm or an insult (an error). It catches what the word and phrase rules were not
 * written for: fresh wording of the same kinds. Its threshold leaves two in a hundred of the neutral sentences the
 * trainer held out above it, and every neutral sentence it learnt from below. Thread-safe; its weights never
 * change, and the verdicts it keeps are the ones it would reach afresh.
 *
 * <p>The weights file ({@code tone_model_LANG.txt}) is generated; the trainer's test fails when it no longer matches
 * the corpora.
 */
public final class ToneModel {
    /** Sentences of fewer words are left to the rules: a model learnt from sentences says little about a fragment. */
    public static final int FEWEST_WORDS = 3;
    /**
     * Runs of more words are left to the rules too: the model learnt from sentences, and over hundreds of words (a
     * list pasted without full stops) its small weights add up to a judgement about nothing in particular.
     */
    public static final int MOST_WORDS = 80;
    /** How many verdicts are kept; past that they are forgotten all at once, as the rules' clean texts are. */
    private static final int MAX_REMEMBERED = 20_000;
    private static final Map<LetterLocale, Optional<ToneModel>> BUILT_IN = new ConcurrentHashMap<>();

    private final LetterLocale language;
    private final ToneFeatures.Markers markers;
    private final double threshold;
    private final double hostileBias;
    private final double accusationBias;
    private final WeightTable weights;
    /**
     * The verdicts on sentences read before, under {@link ToneFeatures#key}: a batch's letters repeat the sentences a
     * billing system writes into reasons and steps, and a sentence takes the model some hundred feature look-ups.
     */
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

    /** Keeps {@code weights} as given: {@link #read} made them and nothing else holds them. */
    private ToneModel(LetterLocale language, ToneFeatures.Markers markers, double threshold, double hostileBias,
                      double accusationBias, WeightTable weights) {
        this.language = Objects.requireNonNull(language, "The parameter 'language' must not be null");
        this.markers = markers;
        this.threshold = threshold;
        this.hostileBias = hostileBias;
        this.accusationBias = accusationBias;
        this.weights = weights;
    }

    /** The built-in model of a language, read once; empty for a language without one. */
    public static Optional<ToneModel> builtIn(LetterLocale language) {
        return BUILT_IN.computeIfAbsent(language, ToneModel::readBuiltIn);
    }

    private static Optional<ToneModel> readBuiltIn(LetterLocale language) {
        String name = "/no/farvel/core/guide/tone_model_" + language.code() + ".txt";
        try (InputStream in = ToneModel.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty()
                    : Optional.of(read(new InputStreamReader(in, StandardCharsets.UTF_8), name, language));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the built-in tone model " + name, e);
        }
    }

    /**
     * Reads a weights file as the trainer writes it: settings lines (=you, =we, =not: the words the features mark as
     * the recipient, the writer and a negation; =client, optional: the nouns that name the recipient's side in the
     * third person; =threshold, =bias), then features.
     */
    public static ToneModel read(Reader reader, String source, LetterLocale language) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        Set<String> secondPerson = Set.of();
        Set<String> firstPerson = Set.of();
        Set<String> negations = Set.of();
        Set<String> client = Set.of();
        double threshold = Double.NaN;
        double hostileBias = 0;
        double accusationBias = 0;
        WeightTable weights = new WeightTable();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("=")) {
                    String[] parts = line.split("\t");
                    switch (parts[0]) {
                        case "=you" -> secondPerson = words(parts);
                        case "=we" -> firstPerson = words(parts);
                        case "=not" -> negations = words(parts);
                        case "=client" -> client = words(parts);
                        case "=threshold" -> threshold = Double.parseDouble(parts[1]);
                        case "=bias" -> {
                            hostileBias = Double.parseDouble(parts[1]);
                            accusationBias = Double.parseDouble(parts[2]);
                        }
                        default -> throw new IllegalArgumentException("unknown setting");
                    }
                    continue;
                }
                // A quarter of a million lines are read at the first check of a language: no regular expressions, and
                // the feature's name is hashed where it stands rather than copied out.
                int first = line.indexOf('\t');
                int second = line.indexOf('\t', first + 1);
                weights.put(line, 0, first, weight(line, first + 1, second), weight(line, second + 1, line.length()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ", line " + number + ": not a feature and two weights: '"
                        + line + "'", e);
            }
        }
        if (Double.isNaN(threshold) || secondPerson.isEmpty() || firstPerson.isEmpty() || negations.isEmpty()) {
            throw new IllegalArgumentException(source + ": no =threshold, =you, =we or =not line");
        }
        return new ToneModel(language, new ToneFeatures.Markers(secondPerson, firstPerson, negations, client,
                Stemmers.of(language).compounds(), Polarity.builtIn(language)), threshold, hostileBias,
                accusationBias, weights);
    }

    /** The words of a settings line ("=you\tdu deg dere …"). */
    private static Set<String> words(String[] parts) {
        return Set.of(parts[1].split(" "));
    }

    /** The probability the model gives that the words {@code [from, to)} of {@code text} are hostile. */
    public double hostility(TokenizedText text, int from, int to) {
        return sigmoid(score(features(text, from, to), 0, hostileBias));
    }

    /**
     * Below this hostility the model overrules a built-in rule that found blame, an accusation, a characterisation,
     * contempt or sarcasm ({@code ToneScanner}), when the hit's sentence, each clause of it the hit runs over, and the
     * hit with four words either side score below it: the rules read a few words in a window and cannot see that "Vi
     * gjorde en slurvete feil i journalføringen for to av spillerne deres" owns the mistake, while a model that learnt
     * from twenty-five thousand sentences a language is then all but certain the sentence is polite. The clause is
     * asked too because warm words elsewhere pull a whole sentence down ("Vi vil gjerne takke for godt samarbeid, men
     * skadene på gulvet kom av at barna deres …" scored 0.0000 whole; a reviewer's 21 such probes lost their finding
     * when only the sentence was asked, one when the clause was asked as well, and that one to the retrained model; a
     * second review's thanks joined to blame by "og" in one clause brought the words around the hit). Chosen on
     * sentences no model had learnt from, the rules in front as the check runs. On blind sets 93, 96 and 97 and hard
     * neutral set 85n, measured before they were learnt (720 hostile and 900 polite sentences over the three
     * languages), asking the sentence alone: the false alarms fell from 40 to 24 at 0.02 (26 at 0.01, 21 at 0.1), and
     * no hostile sentence lost its finding (one did at 0.03, three at 0.05); asking the clause too, blind 96 and 97's
     * ten fell to seven. On the corpora, each fifth of the rounds scored by a model learnt from the other four fifths,
     * sentence alone: 43 of 27,562 hostile sentences lost their finding at 0.02 (24 at 0.01, 77 at 0.05), mostly
     * sentences a rule had been written for after the model missed them, and 103 polite sentences lost a rule's false
     * alarm. Words of insult and shouting are never overruled: they need no reading.
     */
    public static final double OVERRULES_BELOW = 0.02;

    /**
     * Whether the model is all but certain that the words {@code [from, to)} of {@code text} (a sentence) are not
     * hostile: a judged span whose hostility is below {@link #OVERRULES_BELOW}.
     */
    public boolean overrules(TokenizedText text, int from, int to) {
        return judged(from, to) && hostility(text, from, to) < OVERRULES_BELOW;
    }

    /**
     * The finding code for the words {@code [from, to)} of {@code text}: {@link FindingCodes#HOSTILE} or
     * {@link FindingCodes#ACCUSATION} when the model judges them hostile, empty when it does not.
     */
    public Optional<String> judge(TokenizedText text, int from, int to) {
        if (!judged(from, to)) {
            return Optional.empty();
        }
        String key = ToneFeatures.key(text, from, to, isQuestion(text, to));
        Optional<String> known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> verdict = verdict(text, from, to);
        if (verdicts.size() >= MAX_REMEMBERED) {
            verdicts.clear();
        }
        verdicts.put(key, verdict);
        return verdict;
    }

    /** {@link #judge} without the verdicts kept from sentences read before. */
    Optional<String> judgeAfresh(TokenizedText text, int from, int to) {
        return judged(from, to) ? verdict(text, from, to) : Optional.empty();
    }

    /** Whether a span is one the model judges: too few words say nothing, too many add up to nothing in particular. */
    private static boolean judged(int from, int to) {
        return to - from >= FEWEST_WORDS && to - from <= MOST_WORDS;
    }

    private Optional<String> verdict(TokenizedText text, int from, int to) {
        Set<String> features = features(text, from, to);
        if (sigmoid(score(features, 0, hostileBias)) < threshold) {
            return Optional.empty();
        }
        return Optional.of(score(features, 1, accusationBias) > 0 ? FindingCodes.ACCUSATION : FindingCodes.HOSTILE);
    }

    /**
     * Whether the model learnt a weight for {@code word} as a word of its language: its stem, after the normalisation
     * every text gets, is one of the model's word features.
     */
    public boolean knowsWord(String word) {
        TokenizedText tokens = TokenizedText.of(word, language);
        if (tokens.size() != 1) {
            return true;
        }
        return knowsStem(Stemmers.of(language).stem(tokens.token(0).form()));
    }

    /** Whether the model has a word feature for {@code stem}: a word of its language, not an abbreviation. */
    private boolean knowsStem(String stem) {
        return weights.find("w:" + stem) >= 0;
    }

    private Set<String> features(TokenizedText text, int from, int to) {
        return ToneFeatures.of(text, from, to, language, markers, isQuestion(text, to), this::knowsStem);
    }

    /** Whether the sentence the words up to {@code to} end in is a question. */
    private static boolean isQuestion(TokenizedText text, int to) {
        return text.isQuestion(text.token(to - 1).sentence());
    }

    private double score(Set<String> features, int column, double bias) {
        double sum = bias;
        for (String feature : features) {
            int slot = weights.find(feature);
            if (slot >= 0) {
                sum += column == 0 ? weights.hostile(slot) : weights.accusation(slot);
            }
        }
        return sum;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * The weight written in {@code line} from {@code from} to {@code to}: the trainer writes four decimals
     * ({@code -0.0058}), read here as ten-thousandths divided in float arithmetic, which rounds to the same float as
     * {@link Float#parseFloat} (both exact below 2^24, one correctly rounded division); any other form is parsed.
     */
    static float weight(String line, int from, int to) {
        boolean negative = from < to && line.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        int units = 0;
        int digits = 0;
        while (i < to && line.charAt(i) >= '0' && line.charAt(i) <= '9' && digits < 3) {
            units = units * 10 + (line.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || i + 5 != to || line.charAt(i) != '.') {
            return Float.parseFloat(line.substring(from, to));
        }
        for (int k = i + 1; k < to; k++) {
            char c = line.charAt(k);
            if (c < '0' || c > '9') {
                return Float.parseFloat(line.substring(from, to));
            }
            units = units * 10 + (c - '0');
        }
        float value = units / 10000f;
        return negative ? -value : value;
    }

    public double threshold() {
        return threshold;
    }
}
