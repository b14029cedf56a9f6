package no.farvel.core.guide;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import no.farvel.core.guide.internal.Polarity;
import no.farvel.core.guide.internal.Stemmers;
import no.farvel.core.guide.internal.ToneFeatures;
import no.farvel.core.guide.internal.ToneModel;
import no.farvel.core.guide.internal.TokenizedText;
import no.farvel.localization.LetterLocale;

/**
 * Learns a language's tone model ({@link ToneModel}) from the guide check's corpora under {@code /guide/}, with
 * liblinear's L2-regularised logistic regression.
 *
 * <p>What it learns from: every hostile sentence of every corpus of the language ({@code *_hostile_LANG.txt}, all
 * categories but shouting, which the shouting rule judges from the letters themselves), every neutral one
 * ({@code *_neutral_LANG.txt}, cut into sentences, because the check judges sentence by sentence), and every sentence
 * of the letters Farvel itself writes ({@code letters_LANG.txt}). A bokmål model also learns from the nynorsk
 * corpora and a nynorsk one from the bokmål ({@link #siblingExamples}); the threshold and the held-out figures come
 * from the language's own sentences alone. The accusation model learns from the hostile ones only: accusations
 * against the rest.
 *
 * <p>Each feature is scaled by its log-count ratio before learning (Wang and Manning's NBSVM, 2012): the log of how much
 * more often it occurs in hostile sentences than in neutral ones, counted with one added to each. A feature that one
 * kind of sentence uses much more than the other starts with a larger value, so a rare word or pair of clear meaning
 * gets its weight without the regulariser pulling it to zero. The weights file holds the weight times the scale, so
 * the model reads a sentence exactly as before. Judged with the rules in front on each of rounds 21 to 26 by a model
 * that never learnt from it ({@link RoundsLeftOut}), the scaling raised the hostile sentences flagged from 449 to 456
 * (nb), 439 to 444 (nn) and 449 to 454 (en) of 480, at 5, 3 and 2 false alarms of 300 (7, 4 and 3 before).
 *
 * <p>The threshold: the neutral sentences are split into five folds; each fold is scored by a model learnt from the
 * other four, and the threshold is set a margin above the highest score any held-out neutral sentence got. So no
 * neutral sentence the model did not learn from would have been flagged, and the final model, learnt from all of them,
 * scores them lower still.
 *
 * <p>Run {@code main} with the path of {@code core/src/main/resources/no/farvel/core/guide} to write the weights
 * files; {@code ToneModelTest} fails when they are not what the corpora give.
 */
public final class ToneModelTrainer {
    /** The recipient in each language: the words a second-person feature looks for. */
    static final Map<String, Set<String>> SECOND_PERSON = Map.of(
            "nb", Set.of("du", "deg", "din", "ditt", "dine", "dere", "deres", "dykk", "dykkar"),
            "nn", Set.of("du", "deg", "din", "ditt", "dine", "de", "dykk", "dykkar", "dere", "deres"),
            "en", Set.of("you", "your", "yours", "yourself", "yourselves"));
    /** The writer in each language: first-person words, for the class features. */
    static final Map<String, Set<String>> FIRST_PERSON = Map.of(
            "nb", Set.of("vi", "oss", "vår", "vårt", "våre", "jeg", "meg", "min", "mitt", "mine"),
            "nn", Set.of("vi", "me", "oss", "vår", "vårt", "våre", "eg", "meg", "min", "mitt", "mine"),
            "en", Set.of("we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine"));
    /** Negations in each language, for the class features. */
    static final Map<String, Set<String>> NEGATION = Map.of(
            "nb", Set.of("ikke", "aldri", "ingen", "intet", "ingenting", "verken"),
            "nn", Set.of("ikkje", "aldri", "ingen", "inga", "inkje", "ingenting", "verken", "korkje"),
            "en", Set.of("not", "never", "no", "nothing", "none", "nobody", "neither", "nor"));
    /**
     * The nouns by which a letter names the recipient's side in the third person ("klubben glemte", "the council
     * ignored"), for the class features: in Norwegian the definite forms (a compound ending in one counts too, see
     * {@link ToneFeatures.Markers}; "!utstyret" is equipment, not a board), in English the nouns. Not "laget" (also
     * "made"), "rådet" (also "advised") or "utvalget" (also "the range"): the compounds a letter uses for a club are
     * listed instead. The Norwegian rules' set {@code client} holds the same forms, exact.
     */
    static final Map<String, Set<String>> CLIENT = Map.of(
            "nb", Set.of("klubben", "klubbens", "!utstyret", "!utstyrets", "idrettslaget", "borettslaget",
                    "vellaget", "grendelaget", "historielaget", "ungdomslaget", "bondelaget", "sanitetslaget",
                    "skytterlaget", "båtlaget",
                    "foreningen", "foreningens", "styret", "styrets", "ledelsen", "ledelsens", "skolen", "skolens",
                    "kommunen", "kommunens", "rektor", "rektoren", "avdelingen", "avdelingens", "kontoret",
                    "kontorets", "museet", "museets", "administrasjonen", "personalet", "sekretariatet",
                    "menigheten", "sameiet", "bedriften", "bedriftens", "firmaet", "firmaets", "selskapet",
                    "selskapets", "oppdragsgiveren", "byggherren", "hotellet", "hotellets", "restauranten",
                    "kjøkkenet", "senteret", "sykehuset", "teatret", "teateret", "kulturhuset", "biblioteket",
                    "barnehagen", "universitetet", "fengselet", "korpset", "festivalen", "kirken", "vaktmesteren",
                    "eieren", "eierne", "formannen", "styrelederen", "innkjøperne", "gården", "verftet", "rederiet"),
            "nn", Set.of("klubben", "klubbens", "!utstyret", "idrettslaget", "burettslaget", "vellaget",
                    "grendalaget", "grendelaget", "sogelaget", "ungdomslaget", "bondelaget", "sanitetslaget",
                    "skyttarlaget", "båtlaget", "reiarlaget", "foreininga", "styret", "leiinga", "skulen", "kommunen",
                    "rektor", "rektoren", "avdelinga", "kontoret", "museet", "administrasjonen", "personalet", "sekretariatet",
                    "kyrkjelyden", "sameiget", "bedrifta", "firmaet", "selskapet", "oppdragsgjevaren", "byggherren",
                    "hotellet", "restauranten", "kjøkenet", "kjøkkenet", "senteret", "sjukehuset", "teatret",
                    "kulturhuset", "biblioteket", "barnehagen", "universitetet", "fengselet", "korpset", "festivalen",
                    "kyrkja", "vaktmeisteren", "eigaren", "eigarane", "formannen", "styreleiaren", "innkjøparane",
                    "garden", "verftet"),
            "en", Set.of("council", "club", "committee", "management", "board", "school", "society", "parish",
                    "estate", "office", "department", "venue", "hotel", "restaurant", "kitchen", "museum", "festival",
                    "college", "university", "hospital", "academy", "governors", "trustees", "organisers",
                    "developer", "landlord", "surgery", "theatre", "church", "library", "prison", "centre",
                    "caretaker", "bursar", "clerk", "headteacher", "chairman", "secretary", "treasurer",
                    "directors"));
    static final double COST = 1.0;
    static final int FOLDS = 5;
    /** How far above the highest held-out neutral score the threshold goes, in the model's log-odds. */
    static final double MARGIN = 0.25;
    /** The share of held-out neutral sentences the threshold may leave above it. */
    static final double HELD_OUT_ABOVE = 0.02;
    private static final double EPSILON = 0.001;
    /** What each count of the log-count ratio starts from (add-one smoothing). */
    private static final double SMOOTHING = 1.0;
    /**
     * Weights smaller than this change no score by a visible amount and are left out of the file, except a word's
     * ({@code w:}): the model's word features are also its list of the language's words, for the shouting check and for
     * telling a word in capitals from an abbreviation, and must be the words the trainer learnt from.
     */
    private static final double SMALLEST_WEIGHT = 0.002;
    /**
     * The smallest weight a three-word feature ({@code t:}) is written with: there are as many of them as of all other
     * features together, and dropping those below it kept the model files a fifth larger instead of seven tenths, at
     * a cost of a few held-out sentences in seven thousand (five folds, the rest unpruned).
     */
    private static final double SMALLEST_TRIGRAM_WEIGHT = 0.02;

    /** One unit to learn from: its text, whether it is hostile, whether it is an accusation. */
    record Example(String text, boolean hostile, boolean accusation, String source) {
    }

    private ToneModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (LetterLocale locale : Examples.locales()) {
            Trained trained = train(locale, examples(locale, file -> true), siblingExamples(locale, file -> true));
            Path file = out.resolve("tone_model_" + locale.code() + ".txt");
            Files.writeString(file, trained.text(), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%s: %s%n", file, trained.summary());
        }
    }

    /** The examples of a language from the corpus files whose names {@code use} accepts. */
    static List<Example> examples(LetterLocale locale, Predicate<String> use) {
        String lang = locale.code();
        List<Example> examples = new ArrayList<>();
        for (String file : corpusFiles()) {
            if (!use.test(file)) {
                continue;
            }
            if (isHostile(file, locale)) {
                for (ToneCorpus.Hostile h : ToneCorpus.hostile(file)) {
                    if (!h.category().equals("SHOUTING")) {
                        examples.add(new Example(h.sentence(), true, h.category().equals("ACCUSATION"), file));
                    }
                }
            } else if (file.endsWith("_neutral_" + lang + ".txt") || file.equals("neutral_" + lang + ".txt")
                    || file.equals("letters_" + lang + ".txt")) {
                for (String line : ToneCorpus.neutral(file)) {
                    for (String sentence : sentences(line, locale)) {
                        examples.add(new Example(sentence, false, false, file));
                    }
                }
            }
        }
        return examples;
    }

    /** Whether a corpus file holds the language's hostile sentences ({@code *_hostile_nb.txt}, {@code hostile_nb.txt}). */
    static boolean isHostile(String file, LetterLocale locale) {
        return file.endsWith("_hostile_" + locale.code() + ".txt") || file.equals("hostile_" + locale.code() + ".txt");
    }

    /**
     * The other written standard's hostile and neutral sentences, for a Norwegian model to learn from beside its own:
     * bokmål and nynorsk share most of their words of blame and contempt and many of their stems, and a nynorsk model
     * that also learnt from the bokmål corpora (not from their letters) flagged 819 → 854 of 940 held-out nynorsk
     * hostile sentences (rounds 21–31, one left out at a time in both standards, the rules in front) at 22 → 30 false
     * alarms of 680, on the blind sets among them 586 → 603 of 640 at 4 → 6 of 400; bokmål 848 → 870 at 20 → 28, and
     * 607 → 617 at 8 → 7. English has none.
     */
    static List<Example> siblingExamples(LetterLocale locale, Predicate<String> use) {
        LetterLocale sibling = switch (locale.code()) {
            case "nb" -> LetterLocale.NN;
            case "nn" -> LetterLocale.NB;
            default -> null;
        };
        return sibling == null ? List.of()
                : examples(sibling, file -> use.test(file) && !file.startsWith("letters_"));
    }

    static List<String> corpusFiles() {
        try (Stream<Path> files = Files.list(Path.of(ToneModelTrainer.class.getResource("/guide").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A neutral text cut into the sentences the check judges one by one, each with the marks that end it: the check
     * sees a question's question mark and an exclamation mark, so the model must learn from neutral sentences with
     * theirs (without them, every neutral question was learnt as a statement, and a polite question at judgement
     * looked like the hostile ones learnt whole).
     */
    static List<String> sentences(String text, LetterLocale locale) {
        TokenizedText tokens = TokenizedText.of(text, locale);
        String normalised = tokens.normalisedText();
        List<String> sentences = new ArrayList<>();
        for (int[] s : ToneFeatures.sentences(tokens)) {
            if (s[1] - s[0] < ToneModel.FEWEST_WORDS) {
                continue;
            }
            int end = tokens.token(s[1] - 1).to();
            while (end < normalised.length() && !Character.isLetterOrDigit(normalised.charAt(end))
                    && !Character.isWhitespace(normalised.charAt(end))) {
                end++;
            }
            sentences.add(tokens.quote(tokens.token(s[0]).from(), end));
        }
        return sentences;
    }

    /**
     * The features of one example, as the model reads them when judging the text as one run of words; a word in
     * capitals whose stem is not in {@code words} is an abbreviation ({@link ToneFeatures}).
     */
    static Set<String> features(TokenizedText tokens, LetterLocale locale, Set<String> words) {
        return ToneFeatures.of(tokens, locale, markers(locale), words::contains);
    }

    /**
     * The stems the examples write in lower case somewhere: the words of the language. A stem the corpora only ever
     * write in capitals (EICR, LOLER) is an abbreviation, gets no weight of its own, and so is no word for the shouting
     * check either.
     */
    static Set<String> words(List<TokenizedText> examples, LetterLocale locale) {
        Set<String> words = new HashSet<>();
        for (TokenizedText tokens : examples) {
            words.addAll(ToneFeatures.wordStems(tokens, locale));
        }
        return words;
    }

    static ToneFeatures.Markers markers(LetterLocale locale) {
        String lang = locale.code();
        return new ToneFeatures.Markers(SECOND_PERSON.get(lang), FIRST_PERSON.get(lang), NEGATION.get(lang),
                CLIENT.get(lang), Stemmers.of(locale).compounds(), Polarity.builtIn(locale));
    }

    /** A model and how it was made. */
    record Trained(LetterLocale locale, ToneModel model, String text, double threshold, int hostile,
                   int heldOutCaught, int neutral, int heldOutAlarms, int features) {
        /** Counts, threshold and held-out figures: each sentence scored by a model that never saw it. */
        String summary() {
            return String.format(Locale.ROOT, "%d hostile, %d neutral sentences, %d features, threshold %.4f; held out "
                            + "in five folds, the model alone flags %d/%d hostile (%.1f %%) and %d/%d neutral "
                            + "(%.2f %%)",
                    hostile, neutral, features, threshold, heldOutCaught, hostile, 100.0 * heldOutCaught / hostile,
                    heldOutAlarms, neutral, 100.0 * heldOutAlarms / neutral);
        }
    }

    /**
     * A model learnt from the language's own sentences and {@code extra} ones (another language's); the threshold and
     * the held-out figures come from the own ones alone.
     */
    static Trained train(LetterLocale locale, List<Example> own, List<Example> extra) {
        List<Example> examples = new ArrayList<>(own);
        examples.addAll(extra);
        int owned = own.size();
        Linear.disableDebugOutput();
        Map<String, Integer> index = new TreeMap<>();
        List<Set<String>> featureSets = new ArrayList<>();
        List<TokenizedText> tokenized = examples.stream().map(e -> TokenizedText.of(e.text(), locale)).toList();
        Set<String> words = words(tokenized, locale);
        for (TokenizedText tokens : tokenized) {
            Set<String> f = features(tokens, locale, words);
            featureSets.add(f);
            f.forEach(name -> index.putIfAbsent(name, 0));
        }
        int n = 0;
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            entry.setValue(++n);
        }
        Feature[][] plain = new Feature[examples.size()][];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = row(featureSets.get(i), index, null);
        }
        double[] hostile = examples.stream().mapToDouble(e -> e.hostile() ? 1 : 0).toArray();

        double[] heldOut = new double[plain.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> learn = new ArrayList<>();
            for (int i = 0; i < plain.length; i++) {
                if (i % FOLDS != fold) {
                    learn.add(i);
                }
            }
            double[] w = scaledWeights(plain, hostile, learn, index.size());
            for (int i = fold; i < plain.length; i += FOLDS) {
                heldOut[i] = score(w, plain[i]);
            }
        }
        List<Integer> all = new ArrayList<>();
        List<Integer> hostileOnly = new ArrayList<>();
        double[] accusation = new double[plain.length];
        for (int i = 0; i < plain.length; i++) {
            all.add(i);
            if (hostile[i] == 1) {
                hostileOnly.add(i);
                accusation[i] = examples.get(i).accusation() ? 1 : 0;
            }
        }
        double[] w = scaledWeights(plain, hostile, all, index.size());
        double[] a = weights(plain, accusation, hostileOnly, index.size());
        // The threshold: above all but the highest hundredth of the held-out neutral scores, and above every neutral
        // sentence the final model learnt from.
        double[] neutralScores = IntStream.range(0, owned).filter(i -> hostile[i] == 0)
                .mapToDouble(i -> heldOut[i]).sorted().toArray();
        double percentile = neutralScores[(int) Math.floor(neutralScores.length * (1 - HELD_OUT_ABOVE))];
        double learnt = IntStream.range(0, owned).filter(i -> hostile[i] == 0)
                .mapToDouble(i -> score(w, plain[i])).max().orElse(0);
        double logit = Math.max(percentile, learnt + MARGIN);
        double threshold = 1 / (1 + Math.exp(-logit));
        String text = write(locale, index, w, a, threshold, examples);
        try {
            ToneModel model = ToneModel.read(new StringReader(text), "trained", locale);
            int hostileCount = (int) IntStream.range(0, owned).filter(i -> hostile[i] == 1).count();
            int caught = (int) IntStream.range(0, owned).filter(i -> hostile[i] == 1 && heldOut[i] >= logit)
                    .count();
            int alarms = (int) Arrays.stream(neutralScores).filter(x -> x >= logit).count();
            return new Trained(locale, model, text, threshold, hostileCount, caught, neutralScores.length, alarms,
                    index.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of present features (value 1), or each scaled by {@code scale[index]} when it is not null. */
    private static Feature[] row(Set<String> features, Map<String, Integer> index, double[] scale) {
        return features.stream().map(index::get).filter(Objects::nonNull).sorted()
                .map(i -> new FeatureNode(i, scale == null ? 1.0 : scale[i])).toArray(Feature[]::new);
    }

    /**
     * The hostile weights learnt on rows {@code use} with every feature scaled by its log-count ratio on those rows,
     * returned multiplied by the scale, so that they score the plain rows (each feature 1) as the scaled model does.
     */
    private static double[] scaledWeights(Feature[][] plain, double[] labels, List<Integer> use, int features) {
        double[] scale = logCountRatios(plain, labels, use, features);
        Feature[][] scaled = new Feature[plain.length][];
        for (int i : use) {
            scaled[i] = Arrays.stream(plain[i]).map(f -> new FeatureNode(f.getIndex(), scale[f.getIndex()]))
                    .toArray(Feature[]::new);
        }
        double[] w = weights(scaled, labels, use, features);
        for (int i = 1; i <= features; i++) {
            w[i - 1] *= scale[i];
        }
        return w;
    }

    /**
     * Each feature's log-count ratio on rows {@code use} (index 1 to {@code features}): the log of its share of the
     * features of positive rows over its share of those of negative rows, each count smoothed by {@link #SMOOTHING}.
     */
    private static double[] logCountRatios(Feature[][] plain, double[] labels, List<Integer> use, int features) {
        double[] positive = new double[features + 1];
        double[] negative = new double[features + 1];
        for (int i : use) {
            double[] counts = labels[i] == 1 ? positive : negative;
            for (Feature f : plain[i]) {
                counts[f.getIndex()]++;
            }
        }
        double positiveTotal = 0;
        double negativeTotal = 0;
        for (int k = 1; k <= features; k++) {
            positiveTotal += positive[k] + SMOOTHING;
            negativeTotal += negative[k] + SMOOTHING;
        }
        double[] ratios = new double[features + 1];
        for (int k = 1; k <= features; k++) {
            ratios[k] = Math.log((positive[k] + SMOOTHING) / positiveTotal)
                    - Math.log((negative[k] + SMOOTHING) / negativeTotal);
        }
        return ratios;
    }

    /** The weights (bias last) of a model learnt on rows {@code use}, the first label (1) the positive class. */
    private static double[] weights(Feature[][] rows, double[] labels, List<Integer> use, int features) {
        Problem problem = new Problem();
        problem.l = use.size();
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = new Feature[use.size()][];
        problem.y = new double[use.size()];
        for (int k = 0; k < use.size(); k++) {
            Feature[] row = rows[use.get(k)];
            Feature[] withBias = Arrays.copyOf(row, row.length + 1);
            withBias[row.length] = new FeatureNode(features + 1, 1.0);
            problem.x[k] = withBias;
            problem.y[k] = labels[use.get(k)];
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, EPSILON));
        double[] w = model.getFeatureWeights();
        // liblinear's weights favour its first label; make them favour label 1.
        if (model.getLabels()[0] != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] = -w[i];
            }
        }
        return w;
    }

    /** The log-odds of a row under weights {@code w} (bias last). */
    static double score(double[] w, Feature[] row) {
        double sum = w[w.length - 1];
        for (Feature f : row) {
            if (f.getIndex() <= w.length - 1) {
                sum += w[f.getIndex() - 1] * f.getValue();
            }
        }
        return sum;
    }

    private static String write(LetterLocale locale, Map<String, Integer> index, double[] w, double[] a,
                                double threshold, List<Example> examples) {
        StringBuilder out = new StringBuilder();
        Map<String, Long> perFile = new LinkedHashMap<>();
        examples.forEach(e -> perFile.merge(e.source(), 1L, Long::sum));
        out.append("# Farvel tone model for ").append(locale.code()).append(": generated by ToneModelTrainer from the "
                + "guide check's corpora; do not edit.\n");
        out.append("# Learnt from ").append(examples.size()).append(" sentences: ").append(perFile.size())
                .append(" corpus files. A feature, its weight for hostile, its weight for accusation (among "
                        + "hostile).\n");
        words(out, "=you", SECOND_PERSON.get(locale.code()));
        words(out, "=we", FIRST_PERSON.get(locale.code()));
        words(out, "=not", NEGATION.get(locale.code()));
        words(out, "=client", CLIENT.get(locale.code()));
        out.append("=threshold\t").append(String.format(Locale.ROOT, "%.6f", threshold)).append('\n');
        out.append("=bias\t").append(number(w[w.length - 1])).append('\t').append(number(a[a.length - 1]))
                .append('\n');
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            double wh = w[entry.getValue() - 1];
            double wa = a[entry.getValue() - 1];
            double smallest = entry.getKey().startsWith("t:") ? SMALLEST_TRIGRAM_WEIGHT : SMALLEST_WEIGHT;
            if (Math.abs(wh) >= smallest || Math.abs(wa) >= smallest || entry.getKey().startsWith("w:")) {
                out.append(entry.getKey()).append('\t').append(number(wh)).append('\t').append(number(wa))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** A settings line that lists words ({@code =you\tdu deg …}), sorted; none for an empty list. */
    private static void words(StringBuilder out, String setting, Set<String> words) {
        if (!words.isEmpty()) {
            out.append(setting).append('\t').append(String.join(" ", new TreeSet<>(words))).append('\n');
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
