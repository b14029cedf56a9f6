package no.farvel.core.guide.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.tartarus.snowball.ext.DanishStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import no.farvel.localization.LetterLocale;
import no.farvel.localization.Stemmer;

/**
 * The one place that decides how a word of each language is reduced to the keys a rule's lemma is compared with.
 * Thread-safe.
 *
 * <ul>
 *   <li>Bokmål and nynorsk: Lucene's {@code NorwegianMinimalStemFilter} in its bokmål or nynorsk variant. It strips
 *       the inflection of nouns and adjectives (idioten, idiotene; inkompetente) and leaves derivations alone; the
 *       light stemmer cuts deeper and splits a lemma from its own forms ("inkompetent" but "inkompeten" for
 *       "inkompetente"). Adjectives in the neuter (uakseptabelt, skandaløst) get a second key without the -t, and
 *       one with the doubled consonant the neuter drops (uprofesjonelt: uprofesjonell).</li>
 *   <li>English: Lucene's Porter stemmer, which joins derivations (incompetent, incompetence, incompetently) as well
 *       as inflections; the minimal English stemmer only removes plurals, and KStem's dictionary costs half a second
 *       at start-up for the few irregular forms (lied, lying) that the rules simply write out.</li>
 * </ul>
 */
public final class Stemmers {
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<Stemmer, Stemmers> BY_ALGORITHM = new EnumMap<>(Map.of(
            Stemmer.NORWEGIAN_BOKMAL, new Stemmers(true, List.of(
                    t -> new NorwegianMinimalStemFilter(t, NorwegianLightStemmer.BOKMAAL))),
            Stemmer.NORWEGIAN_NYNORSK, new Stemmers(true, List.of(
                    t -> new NorwegianMinimalStemFilter(t, NorwegianLightStemmer.NYNORSK))),
            Stemmer.ENGLISH, new Stemmers(false, List.of(PorterStemFilter::new)),
            Stemmer.SWEDISH, new Stemmers(false, List.of(SwedishLightStemFilter::new)),
            Stemmer.DANISH, new Stemmers(false, List.of(t -> new SnowballFilter(t, new DanishStemmer()))),
            Stemmer.NONE, new Stemmers(false, List.of())));

    private final boolean norwegian;
    private final List<Analyzer> analyzers;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private Stemmers(boolean norwegian, List<Function<TokenStream, TokenStream>> filters) {
        this.norwegian = norwegian;
        this.analyzers = filters.stream().map(Stemmers::analyzer).toList();
    }

    /** The stemmers of a language, as its localization names them ({@code language.analysis().stemmer()}). */
    public static Stemmers of(LetterLocale language) {
        return BY_ALGORITHM.get(language.analysis().stemmer());
    }

    /** Whether the language writes compounds as one word, so that a lemma also matches a compound ending in it. */
    public boolean compounds() {
        return norwegian;
    }

    /**
     * The keys of a lower-case word: the word itself and its stems. Two words are forms of one lemma when their keys
     * meet.
     */
    public Set<String> keys(String word) {
        Set<String> keys = cache.get(word);
        if (keys != null) {
            return keys;
        }
        Set<String> computed = new LinkedHashSet<>();
        computed.add(word);
        for (Analyzer analyzer : analyzers) {
            computed.add(stem(analyzer, word));
        }
        if (norwegian && word.length() > 5 && word.endsWith("t")) {
            String stripped = word.substring(0, word.length() - 1);
            computed.add(stem(analyzers.get(0), stripped));
            char last = stripped.charAt(stripped.length() - 1);
            if (last == 'l' || last == 'n' || last == 'm') {
                // The neuter drops a doubled consonant: uprofesjonelt is a form of uprofesjonell, tynt of tynn.
                computed.add(stem(analyzers.get(0), stripped + last));
            }
        }
        keys = Set.copyOf(computed);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, keys);
        return keys;
    }

    /**
     * The one stem the language's first stemmer gives a lower-case word (the word itself when the language has none):
     * a single key per word, for the tone model's features.
     */
    public String stem(String word) {
        if (analyzers.isEmpty()) {
            return word;
        }
        String stem = stems.get(word);
        if (stem == null) {
            stem = stem(analyzers.get(0), word);
            if (stems.size() >= CACHE_LIMIT) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        return stem;
    }

    private static String stem(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("Stemming '" + word + "' failed", e);
        }
    }

    /** One whole word in, its stem out: Lucene reuses the token stream per thread. */
    private static Analyzer analyzer(Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer whole = new KeywordTokenizer();
                return new TokenStreamComponents(whole, filter.apply(whole));
            }
        };
    }
}
