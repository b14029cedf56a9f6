package no.farvel.localization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.farvel.localization.internal.Bokmal;
import no.farvel.localization.internal.English;
import no.farvel.localization.internal.Nynorsk;
import no.farvel.localization.spi.LetterLanguage;

/**
 * A language letters are written in: bokmål, nynorsk and English are built in, and any other is added through the
 * {@link LetterLanguage} service-provider interface. Instances are immutable and compared by code.
 *
 * <pre>{@code
 * LetterLocale nn = LetterLocale.fromCode("nn");
 * nn.formats().dateInText(LocalDate.of(2027, 1, 31));    // 31. januar 2027
 * nn.words().count(1, PeriodUnit.MONTH);                 // éin månad
 * nn.messageChain();                                     // [nn, nb]: a message nn lacks comes from nb
 * }</pre>
 */
public final class LetterLocale {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** Norwegian bokmål. */
    public static final LetterLocale NB = new LetterLocale(new Bokmal());
    /** Norwegian nynorsk; falls back to bokmål for a message a pack lacks. */
    public static final LetterLocale NN = new LetterLocale(new Nynorsk());
    /** English, as written in Britain. */
    public static final LetterLocale EN = new LetterLocale(new English());

    private final LetterLanguage language;
    private final String code;
    private final LetterFormats formats;
    private final LetterWords words;
    private volatile TextAnalysis analysis;
    private volatile NoBreak noBreak;

    private LetterLocale(LetterLanguage language) {
        this.language = language;
        this.code = language.code();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("The letter language " + language.getClass().getName()
                    + " has the code '" + code + "'; a code is a language tag such as 'sv' or 'en-XA'");
        }
        this.words = new LetterWords(language);
        this.formats = new LetterFormats(language, words);
    }

    /** The code used in input documents and message bundle names, such as {@code nb}, {@code nn} or {@code en}. */
    public String code() {
        return code;
    }

    /** The matching {@link Locale}, for libraries that want one. */
    public Locale toLocale() {
        return language.locale();
    }

    /** The language's name in English: {@code Norwegian bokmål}. */
    public String englishName() {
        return language.englishName();
    }

    /** The tag a document carries, with the region word processors expect: {@code nb-NO}, {@code en-GB}. */
    public String documentLanguageTag() {
        return language.documentLanguageTag();
    }

    /** What the language supplies, for the module's own use and for tests of a language. */
    public LetterLanguage language() {
        return language;
    }

    /** Dates, amounts, periods and identifiers as this language's letters print them. */
    public LetterFormats formats() {
        return formats;
    }

    /** Numbers as words, units, lists, invoice status words and salutations. */
    public LetterWords words() {
        return words;
    }

    /** What the guide check needs to read a letter in this language: normalisation, stemmer, dates. */
    public TextAnalysis analysis() {
        TextAnalysis a = analysis;
        if (a == null) {
            a = new TextAnalysis(this);
            analysis = a;
        }
        return a;
    }

    /** The sequences that must not break across lines in this language, and the function that protects them. */
    public NoBreak noBreak() {
        NoBreak n = noBreak;
        if (n == null) {
            n = NoBreak.of(this);
            noBreak = n;
        }
        return n;
    }

    /** The languages a missing message is taken from, nearest first, without this one: {@code [nb]} for nn. */
    public List<LetterLocale> fallbacks() {
        List<LetterLocale> chain = messageChain();
        return chain.subList(1, chain.size());
    }

    /** This language followed by its fallbacks, each once: where a message is looked for, in order. */
    public List<LetterLocale> messageChain() {
        List<LetterLocale> chain = new ArrayList<>();
        chain.add(this);
        for (int i = 0; i < chain.size(); i++) {
            for (String fallback : chain.get(i).language.fallbacks()) {
                LetterLocale next = Registry.byCode().get(fallback);
                if (next != null && !chain.contains(next)) {
                    chain.add(next);
                }
            }
        }
        return List.copyOf(chain);
    }

    /**
     * The language for a code such as {@code "nn"}: a built-in one or one registered through the service-provider
     * interface. Throws {@link IllegalArgumentException} naming the codes there are.
     */
    public static LetterLocale fromCode(String code) {
        return find(code).orElseThrow(() ->
                new IllegalArgumentException("'" + code + "' is not a letter locale; use one of " + codes()));
    }

    /** The language for a code, if there is one. */
    public static Optional<LetterLocale> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Registry.byCode().get(code));
    }

    /** Every language there is: nb, nn and en first, then the registered ones by code. */
    public static List<LetterLocale> all() {
        return List.copyOf(Registry.byCode().values());
    }

    /** The codes there are, comma-separated: {@code nb, nn, en}. */
    public static String codes() {
        return all().stream().map(LetterLocale::code).collect(Collectors.joining(", "));
    }

    /**
     * Adds a language without a service file, for embedders that assemble their own class path; registering the same
     * class again changes nothing. Throws {@link IllegalStateException} when another language has its code or a
     * fallback it names is unknown.
     */
    public static LetterLocale register(LetterLanguage language) {
        Objects.requireNonNull(language, "The parameter 'language' must not be null");
        return Registry.add(List.of(language)).get(language.code());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LetterLocale that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    /** The languages by code, built on first use: the three built in, then those the class path provides. */
    private static final class Registry {
        private static volatile Map<String, LetterLocale> byCode;

        static Map<String, LetterLocale> byCode() {
            Map<String, LetterLocale> languages = byCode;
            if (languages == null) {
                synchronized (Registry.class) {
                    if (byCode == null) {
                        Map<String, LetterLocale> builtIn = new LinkedHashMap<>();
                        for (LetterLocale locale : List.of(NB, NN, EN)) {
                            builtIn.put(locale.code, locale);
                        }
                        // A faulty provider leaves the registry unbuilt, so every later call reports it too.
                        byCode = merged(builtIn, discovered());
                    }
                    languages = byCode;
                }
            }
            return languages;
        }

        static synchronized Map<String, LetterLocale> add(Collection<LetterLanguage> languages) {
            byCode = merged(byCode(), languages);
            return byCode;
        }

        private static List<LetterLanguage> discovered() {
            List<LetterLanguage> found = new ArrayList<>();
            try {
                ServiceLoader.load(LetterLanguage.class, LetterLocale.class.getClassLoader()).forEach(found::add);
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("A letter language on the class path could not be loaded: "
                        + e.getMessage(), e);
            }
            return found;
        }

        /** The known languages plus new ones, built-in first, others by code; refuses clashes and unknown fallbacks. */
        private static Map<String, LetterLocale> merged(Map<String, LetterLocale> known,
                                                        Collection<LetterLanguage> languages) {
            Map<String, LetterLocale> next = new LinkedHashMap<>(known);
            for (LetterLanguage language : languages) {
                LetterLocale locale = new LetterLocale(language);
                LetterLocale taken = next.get(locale.code);
                if (taken != null && taken.language.getClass() == language.getClass()) {
                    continue; // registered twice, as an embedder's start-up code may do: the first one stays
                }
                if (taken != null) {
                    throw new IllegalStateException("Two letter languages claim the code '" + locale.code + "': "
                            + taken.language.getClass().getName() + " and " + language.getClass().getName()
                            + "; keep one of them on the class path");
                }
                next.put(locale.code, locale);
            }
            for (LetterLocale locale : next.values()) {
                for (String fallback : locale.language.fallbacks()) {
                    if (!next.containsKey(fallback)) {
                        throw new IllegalStateException("The letter language '" + locale.code + "' falls back to '"
                                + fallback + "', which is not a letter language; there are " + next.keySet());
                    }
                }
            }
            Map<String, LetterLocale> ordered = new LinkedHashMap<>();
            for (LetterLocale builtIn : List.of(NB, NN, EN)) {
                ordered.put(builtIn.code, builtIn);
            }
            next.values().stream().filter(l -> !ordered.containsKey(l.code))
                    .sorted((a, b) -> a.code.compareTo(b.code)).forEach(l -> ordered.put(l.code, l));
            return Collections.unmodifiableMap(ordered);
        }
    }
}
