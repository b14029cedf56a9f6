package no.farvel.core.guide.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import no.farvel.localization.LetterLocale;
import no.farvel.localization.TextNormaliser;
import no.farvel.core.guide.FindingCodes;
import no.farvel.core.guide.Severity;

/**
 * The tone rules of one language, read from rules files (format documented in {@code tone_en.txt}). Immutable; a
 * pack's file is merged with the built-in one through {@link #plus(ToneRules)}.
 */
public final class ToneRules {
    private static final List<String> TONE_CODES = List.of(FindingCodes.BLAME, FindingCodes.INSULT,
            FindingCodes.CONTEMPT, FindingCodes.SARCASM, FindingCodes.CHARACTERISATION, FindingCodes.HOSTILE,
            FindingCodes.ACCUSATION);
    /** The kind of a rule that clears the recipient instead of raising a finding. */
    static final String ABSOLVES = "ABSOLVES";
    /** The kind of a rule that denies the recipient's fault: the rules raise no blame in it, the model still reads it. */
    static final String CLEARS = "CLEARS";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String BOUNDARY = "\\b";
    private static final int MAX_REMEMBERED = 20_000;
    private static final int MAX_REMEMBERED_LENGTH = 500;
    /** The scopes a pattern may start with ("clause: ..."); anything else is a regular expression. */
    private static final List<String> SCOPES = List.of("words", "phrase", "clause", "sentence", "question", "opening");
    /**
     * "firm" before a finding rule's scope ("firm clause: ..."): the tone model does not overrule it
     * ({@link ToneRule#firm}). Before anything but a scope the word is part of a regular expression.
     */
    private static final Pattern FIRM = Pattern.compile("^firm\\s+(?=(?:" + String.join("|", SCOPES) + "):)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+\\|\\s+|\\s+\\|$");
    private static final Pattern SET_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** A gap in a phrase ({@code ...3}), whose digit is not a word of the text. */
    private static final Pattern GAP = Pattern.compile("\\.\\.\\.\\d+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Map<LetterLocale, ToneRules> BUILT_IN = new ConcurrentHashMap<>();

    private final LetterLocale language;
    private final List<ToneRule> rules;
    private final List<ToneRule> absolves;
    private final List<ToneRule> clears;
    private final Map<String, List<PhrasePattern.Term>> sets;
    private final Map<String, Vocabulary> vocabularies;
    private final List<Pattern> thanks;
    private final List<Pattern> wishes;
    private final Set<String> allowedCapitals;
    private final Map<String, Boolean> knownClean = new ConcurrentHashMap<>();
    /** Whether a rule or set holds a digit or is a regular expression: then a number's value may decide a match. */
    private final boolean numbersMatter;
    private final RuleIndex index;
    private final RuleIndex absolvesIndex;
    private final RuleIndex clearsIndex;

    private ToneRules(LetterLocale language, List<ToneRule> rules, Map<String, List<PhrasePattern.Term>> sets,
                      List<Pattern> thanks, List<Pattern> wishes, Set<String> allowedCapitals,
                      List<ToneRule> absolves, List<ToneRule> clears, boolean numbersMatter) {
        this.language = language;
        this.numbersMatter = numbersMatter;
        this.absolves = List.copyOf(absolves);
        this.clears = List.copyOf(clears);
        // Where an error's words and a warning's overlap, the error is the one reported: errors are judged first, and
        // within each severity a word or phrase rule before a clause rule, so the finding names the problem exactly.
        List<ToneRule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing((ToneRule r) -> FindingCodes.severityOf(r.code()) != Severity.ERROR)
                .thenComparing(ToneRule::isClause));
        this.rules = List.copyOf(ordered);
        Map<String, List<PhrasePattern.Term>> copy = new LinkedHashMap<>();
        sets.forEach((name, members) -> copy.put(name, List.copyOf(members)));
        this.sets = Collections.unmodifiableMap(copy);
        Map<String, Vocabulary> indexed = new LinkedHashMap<>();
        copy.forEach((name, members) -> indexed.put(name, Vocabulary.of(members)));
        this.vocabularies = Collections.unmodifiableMap(indexed);
        this.thanks = List.copyOf(thanks);
        this.wishes = List.copyOf(wishes);
        this.allowedCapitals = Collections.unmodifiableSet(new LinkedHashSet<>(allowedCapitals));
        this.index = new RuleIndex(language, this.rules, this.vocabularies);
        this.absolvesIndex = new RuleIndex(language, this.absolves, this.vocabularies);
        this.clearsIndex = new RuleIndex(language, this.clears, this.vocabularies);
    }

    /** No rules at all: the word lists of a language added through the SPI, until a pack brings some. */
    public static ToneRules empty(LetterLocale language) {
        return new ToneRules(language, List.of(), Map.of(), List.of(), List.of(), Set.of(), List.of(), List.of(), false);
    }

    /**
     * The built-in rules of a language, read from the classpath the first time they are asked for and shared after
     * that (they never change, and reading them was a fifth of a cold start): nb, nn and en have a file; a language
     * added through the SPI has none and gets {@link #empty}, for a pack's {@code toneRules} to fill.
     */
    public static ToneRules builtIn(LetterLocale language) {
        Objects.requireNonNull(language, "The parameter 'language' must not be null");
        return BUILT_IN.computeIfAbsent(language, ToneRules::readBuiltIn);
    }

    private static ToneRules readBuiltIn(LetterLocale language) {
        String name = "/no/farvel/core/guide/tone_" + language.code() + ".txt";
        try (InputStream in = ToneRules.class.getResourceAsStream(name)) {
            if (in == null) {
                return empty(language);
            }
            ToneRules rules = read(new InputStreamReader(in, StandardCharsets.UTF_8), name, language, true);
            rules.requireKnownSets();
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the built-in tone rules " + name, e);
        }
    }

    /**
     * Parses a rules file of a language; a bad line fails with a message naming the source and line. Sets it uses may
     * be defined in another file it is merged with; {@link #requireKnownSets()} checks that once merged. A regular
     * expression that could take for ever to match is refused ({@link RegexSafety}).
     */
    public static ToneRules read(Reader reader, String source, LetterLocale language) {
        return read(reader, source, language, false);
    }

    private static ToneRules read(Reader reader, String source, LetterLocale language, boolean builtIn) {
        List<ToneRule> rules = new ArrayList<>();
        List<ToneRule> absolves = new ArrayList<>();
        List<ToneRule> clears = new ArrayList<>();
        Map<String, List<PhrasePattern.Term>> sets = new LinkedHashMap<>();
        List<Pattern> thanks = new ArrayList<>();
        List<Pattern> wishes = new ArrayList<>();
        Set<String> allowed = new LinkedHashSet<>();
        boolean numbersMatter = false;
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String where = source + ", line " + number;
                String[] parts = SEPARATOR.split(trimmed, 3);
                String kind = parts[0].strip();
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw new IllegalArgumentException(where + ": expected 'CODE | pattern | suggestion' but found '"
                            + trimmed + "'");
                }
                String value = parts[1].strip();
                numbersMatter |= !kind.equals("ALLOW") && !kind.equals("THANKS") && !kind.equals("WISHES")
                        && DIGIT.matcher(GAP.matcher(value).replaceAll("")).find();
                if (kind.startsWith("SET ")) {
                    set(kind.substring(4).strip(), value, language, where, sets);
                    continue;
                }
                switch (kind) {
                    case "ALLOW" -> allowed.addAll(List.of(value.split("\\s+")));
                    case "THANKS" -> thanks.add(regex(value, where, builtIn));
                    case "WISHES" -> wishes.add(regex(value, where, builtIn));
                    case ABSOLVES, CLEARS -> {
                        if (FIRM.matcher(value).find()) {
                            throw new IllegalArgumentException(where + ": 'firm' keeps the tone model from overruling "
                                    + "a rule that raises a finding; " + kind + " raises none");
                        }
                        (kind.equals(ABSOLVES) ? absolves : clears).add(rule(kind, value, null, language, where,
                                builtIn, false));
                    }
                    default -> {
                        if (!TONE_CODES.contains(kind)) {
                            throw new IllegalArgumentException(where + ": '" + kind + "' is not a rule kind; use one of "
                                    + String.join(", ", TONE_CODES)
                                    + ", ABSOLVES, CLEARS, SET name, THANKS, WISHES, ALLOW");
                        }
                        String suggestion = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null;
                        Matcher firm = FIRM.matcher(value);
                        boolean isFirm = firm.find();
                        rules.add(rule(kind, isFirm ? value.substring(firm.end()) : value, suggestion, language,
                                where, builtIn, isFirm));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tone rules " + source, e);
        }
        numbersMatter |= Stream.of(rules, absolves, clears).flatMap(List::stream)
                .anyMatch(rule -> rule.match() instanceof ToneRule.Regex);
        return new ToneRules(language, rules, sets, thanks, wishes, allowed, absolves, clears, numbersMatter);
    }

    private static ToneRule rule(String code, String value, String suggestion, LetterLocale language, String where,
                                 boolean builtIn, boolean firm) {
        return new ToneRule(code, match(value, language, where, builtIn), suggestion, builtIn, firm);
    }

    /** What a rule's pattern {@code value} matches: by its scope ({@link #SCOPES}), else as a regular expression. */
    private static ToneRule.Match match(String value, LetterLocale language, String where, boolean builtIn) {
        if (value.startsWith("words:")) {
            String words = String.join("/", value.substring(6).strip().split("\\s+"));
            return new ToneRule.Phrase(PhrasePattern.parse(words, language, where).skippingNames());
        }
        if (value.startsWith("phrase:")) {
            return new ToneRule.Phrase(PhrasePattern.parse(value.substring(7), language, where));
        }
        if (value.startsWith("clause:")) {
            return clause(value.substring(7), ToneRule.Scope.CLAUSE, false, language, where);
        }
        if (value.startsWith("sentence:")) {
            return clause(value.substring(9), ToneRule.Scope.SENTENCE, false, language, where);
        }
        if (value.startsWith("opening:")) {
            // The parts are read as a sentence rule's; the first must open a clause, and may stand alone.
            ToneRule.Clause parts = clause(value.substring(8), ToneRule.Scope.SENTENCE, true, language, where);
            List<PhrasePattern> required = parts.required();
            return new Opening(required.get(0), required.subList(1, required.size()), parts.excluded());
        }
        if (value.startsWith("question:")) {
            return clause(value.substring(9), ToneRule.Scope.QUESTION, true, language, where);
        }
        return new ToneRule.Regex(regex(value, where, builtIn));
    }

    /**
     * {@code a b + c d - e}: the parts joined by + must all be in one clause (or sentence), the parts after - must not
     * be in it.
     */
    private static ToneRule.Clause clause(String value, ToneRule.Scope scope, boolean onePartEnough,
                                          LetterLocale language, String where) {
        List<PhrasePattern> required = new ArrayList<>();
        List<PhrasePattern> excluded = new ArrayList<>();
        boolean exclude = false;
        StringBuilder part = new StringBuilder();
        for (String word : (value.strip() + " +").split("\\s+")) {
            if (word.equals("+") || word.equals("-")) {
                if (part.length() == 0) {
                    throw new IllegalArgumentException(where + ": 'clause:" + value + "' has an empty part");
                }
                (exclude ? excluded : required).add(PhrasePattern.parse(part.toString(), language, where));
                part.setLength(0);
                exclude = word.equals("-");
            } else {
                part.append(part.length() == 0 ? "" : " ").append(word);
            }
        }
        if (required.isEmpty() || required.size() + excluded.size() < 2 && !onePartEnough) {
            throw new IllegalArgumentException(where + ": 'clause:" + value + "' needs a second part, after ' + ' "
                    + "(must be in the clause too) or ' - ' (must not)");
        }
        if (scope == ToneRule.Scope.CLAUSE) {
            for (PhrasePattern phrase : required) {
                Optional<String> word = phrase.clauseWordInside();
                if (word.isPresent()) {
                    throw new IllegalArgumentException(where + ": 'clause:" + value + "' can never match: '"
                            + word.get() + "' in '" + phrase + "' opens a new clause; write the rule as 'sentence:'");
                }
            }
        }
        return new ToneRule.Clause(required, excluded, scope);
    }

    /**
     * {@code SET name | words}, where a word may be {@code @other}: the words a set defined above it in the same file
     * holds at that line (a copy: later words for {@code other}, in this file or a pack's, do not reach {@code name}).
     * Every word after {@code -} is left out of the set and must be in it: {@code SET scoffdenial | @scoff - =course
     * =naturally}.
     */
    private static void set(String name, String members, LetterLocale language, String where,
                            Map<String, List<PhrasePattern.Term>> sets) {
        if (!SET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a set name; use lower-case letters, "
                    + "digits and _");
        }
        List<String> words = List.of(members.split("\\s+"));
        int dash = words.indexOf("-");
        if (dash == 0 || dash == words.size() - 1 || words.lastIndexOf("-") != dash) {
            throw new IllegalArgumentException(where + ": the set '" + name + "' needs its words, then at most one "
                    + "' - ' and the words it leaves out");
        }
        List<PhrasePattern.Term> terms = sets.computeIfAbsent(name, n -> new ArrayList<>());
        for (String word : dash < 0 ? words : words.subList(0, dash)) {
            PhrasePattern.Term term = PhrasePattern.term(word, language, members, where);
            if (term instanceof PhrasePattern.SetRef ref) {
                terms.addAll(copyOf(ref, name, sets, where));
            } else {
                terms.add(term);
            }
        }
        for (String word : dash < 0 ? List.<String>of() : words.subList(dash + 1, words.size())) {
            PhrasePattern.Term term = PhrasePattern.term(word, language, members, where);
            if (term instanceof PhrasePattern.SetRef) {
                throw new IllegalArgumentException(where + ": the set '" + name + "' leaves out " + word
                        + "; only words can be left out, each one after ' - '");
            }
            if (!terms.removeIf(term::equals)) {
                throw new IllegalArgumentException(where + ": the set '" + name + "' leaves out " + word
                        + ", which it does not hold (every word after ' - ' is left out)");
            }
        }
    }

    /** The words set {@code ref} holds so far, for set {@code name} to start from. */
    private static List<PhrasePattern.Term> copyOf(PhrasePattern.SetRef ref, String name,
                                                   Map<String, List<PhrasePattern.Term>> sets, String where) {
        if (ref.name().equals(name)) {
            throw new IllegalArgumentException(where + ": the set '" + name + "' names itself");
        }
        List<PhrasePattern.Term> other = sets.get(ref.name());
        if (other == null) {
            throw new IllegalArgumentException(where + ": the set '" + name + "' names @" + ref.name()
                    + ", which no line above it in this file defines; define it first or list its words");
        }
        return other;
    }

    /** Word-bounded, case-insensitive and Unicode-aware; a space in the file matches any run of whitespace. */
    private static Pattern regex(String regex, String where, boolean builtIn) {
        String unsafe = builtIn ? null : RegexSafety.problem(regex);
        if (unsafe != null) {
            throw new IllegalArgumentException(where + ": the pattern '" + regex + "' " + unsafe);
        }
        try {
            return Pattern.compile(BOUNDARY + "(?:" + regex.replace(" ", "\\s+") + ")" + BOUNDARY, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": the pattern '" + regex + "' is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    /** These rules followed by the other's; sets of the same name are joined. */
    public ToneRules plus(ToneRules other) {
        List<ToneRule> r = new ArrayList<>(rules);
        r.addAll(other.rules);
        Map<String, List<PhrasePattern.Term>> s = new LinkedHashMap<>();
        sets.forEach((name, members) -> s.put(name, new ArrayList<>(members)));
        other.sets.forEach((name, members) -> s.computeIfAbsent(name, n -> new ArrayList<>()).addAll(members));
        List<Pattern> t = new ArrayList<>(thanks);
        t.addAll(other.thanks);
        List<Pattern> w = new ArrayList<>(wishes);
        w.addAll(other.wishes);
        Set<String> a = new LinkedHashSet<>(allowedCapitals);
        a.addAll(other.allowedCapitals);
        List<ToneRule> clearing = new ArrayList<>(absolves);
        clearing.addAll(other.absolves);
        List<ToneRule> denying = new ArrayList<>(clears);
        denying.addAll(other.clears);
        return new ToneRules(language, r, s, t, w, a, clearing, denying, numbersMatter || other.numbersMatter);
    }

    /** Throws {@link IllegalArgumentException} naming file and line when a rule uses a set no file defines. */
    public void requireKnownSets() {
        List<ToneRule> all = new ArrayList<>(rules);
        all.addAll(absolves);
        all.addAll(clears);
        for (ToneRule rule : all) {
            List<PhrasePattern> patterns = new ArrayList<>();
            if (rule.match() instanceof ToneRule.Phrase phrase) {
                patterns.add(phrase.pattern());
            } else if (rule.match() instanceof ToneRule.Clause clause) {
                patterns.addAll(clause.required());
                patterns.addAll(clause.excluded());
            } else if (rule.match() instanceof Opening opening) {
                patterns.addAll(opening.patterns());
            }
            for (PhrasePattern pattern : patterns) {
                for (PhrasePattern.SetRef ref : pattern.setRefs()) {
                    if (!sets.containsKey(ref.name())) {
                        throw new IllegalArgumentException(ref.where() + ": no set is named '" + ref.name()
                                + "'; define it with 'SET " + ref.name() + " | words' or use one of "
                                + String.join(", ", new java.util.TreeSet<>(sets.keySet())));
                    }
                }
            }
        }
        for (String name : sets.keySet()) {
            if (name.endsWith(Vocabulary.NOT_AFTER)) {
                String base = name.substring(0, name.length() - Vocabulary.NOT_AFTER.length());
                if (!sets.containsKey(base)) {
                    throw new IllegalArgumentException("The set '" + name + "' holds the words after which @" + base
                            + " does not match, but no set is named '" + base + "'");
                }
            }
        }
    }

    public LetterLocale language() {
        return language;
    }

    public List<ToneRule> rules() {
        return rules;
    }

    /**
     * The rules that clear the recipient ("you are not responsible for the delay", "dere har ikke gjort noe galt"): a
     * sentence one of them matches raises no blame or accusation, and the tone model does not judge it.
     */
    public List<ToneRule> absolves() {
        return absolves;
    }

    /** The rules of {@link #absolves()}, in their order, that could match in {@code text}, as {@link #candidates}. */
    public List<ToneRule> absolvesCandidates(TokenizedText text) {
        return absolvesIndex.candidates(text, absolves);
    }

    /**
     * The rules that deny the recipient's part in a fault ("not because your staff were careless", "ingen av folkene
     * deres kunne ha visst"): the rules raise no blame, accusation or characterisation whose words run over the words
     * one of them matches (see {@code ToneScanner}), but unlike {@link #absolves()} the tone model still judges the
     * sentence, so irony that wraps a denial ("not to blame, they never are") is still read.
     */
    public List<ToneRule> clears() {
        return clears;
    }

    /** The rules of {@link #clears()}, in their order, that could match in {@code text}, as {@link #candidates}. */
    public List<ToneRule> clearsCandidates(TokenizedText text) {
        return clearsIndex.candidates(text, clears);
    }

    /**
     * The rules, in the order of {@link #rules()}, that could match in {@code text}: the others lack a word they
     * cannot do without, so trying only these finds the same.
     */
    public List<ToneRule> candidates(TokenizedText text) {
        return index.candidates(text, rules);
    }

    /** The named word sets, such as {@code you}, that rules refer to as {@code @you}, indexed for matching. */
    public Map<String, Vocabulary> sets() {
        return vocabularies;
    }

    /**
     * Whether a text was found clean before: the pack's fixed sentences recur in every letter, most of them with
     * other amounts, dates and invoice numbers, which no rule looks at (see {@link #numbersAsZeros}; rules that hold a
     * digit or a regular expression keep the text as it is).
     */
    public boolean knownClean(String text) {
        return text.length() <= MAX_REMEMBERED_LENGTH && knownClean.containsKey(key(text));
    }

    /** Remembers a short text in which no rule matched. */
    public void rememberClean(String text) {
        if (text.length() <= MAX_REMEMBERED_LENGTH) {
            if (knownClean.size() >= MAX_REMEMBERED) {
                knownClean.clear();
            }
            knownClean.put(key(text), Boolean.TRUE);
        }
    }

    private String key(String text) {
        return numbersMatter ? text : numbersAsZeros(text);
    }

    /**
     * The text with every digit of a number written as 0: "faktura 2026-1041 på 12 500 kr" and "faktura 2027-0077 på
     * 9 800 kr" are one sentence to the rules, which match words and never a number's value (a rule file holds no
     * digits). Only a run of ASCII digits between spaces, punctuation or the ends of the text changes: a digit beside a
     * letter, '@', '$' or a character the normaliser removes may stand for a letter ("1d10t", "1\u200Bdiot"), which
     * the normaliser reads as that letter. The length stays the same.
     */
    static String numbersAsZeros(String text) {
        char[] chars = null;
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                end++;
            }
            if (separates(text, i - 1) && separates(text, end)) {
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) != '0') {
                        chars = chars == null ? text.toCharArray() : chars;
                        chars[k] = '0';
                    }
                }
            }
            i = end;
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the character at {@code at} (or the end of the text there) keeps a number apart from its neighbour. */
    private static boolean separates(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return true;
        }
        return TextNormaliser.separatesWords(text.charAt(at));
    }

    /** Whether {@code text} holds a wording that thanks the client; for letters whose pack marks no roles. */
    public boolean thanksIn(String text) {
        return thanks.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Whether {@code text} holds a wording that wishes the client well; for letters whose pack marks no roles. */
    public boolean wishesIn(String text) {
        return wishes.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Words in capitals that are abbreviations or names, not shouting. */
    public Set<String> allowedCapitals() {
        return allowedCapitals;
    }
}
