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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import no.farvel.core.guide.FindingCodes;

/**
 * The word lists of one language, read from rules files (format documented in {@code tone_en.txt}). Immutable; a
 * pack's file is merged with the built-in one through {@link #plus(ToneRules)}.
 */
public final class ToneRules {
    private static final Set<String> TONE_CODES = Set.of(FindingCodes.BLAME, FindingCodes.INSULT,
            FindingCodes.ACCUSATION, FindingCodes.HOSTILE);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String BOUNDARY = "\\b";
    private static final int MAX_REMEMBERED = 20_000;
    private static final int MAX_REMEMBERED_LENGTH = 500;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+\\|\\s+|\\s+\\|$");

    private final List<ToneRule> rules;
    private final List<Pattern> thanks;
    private final List<Pattern> wishes;
    private final Set<String> allowedCapitals;
    private final Pattern any;
    private final Pattern anyThanks;
    private final Pattern anyWishes;
    private final Map<String, Boolean> knownClean = new ConcurrentHashMap<>();

    private ToneRules(List<ToneRule> rules, List<Pattern> thanks, List<Pattern> wishes, Set<String> allowedCapitals) {
        this.rules = List.copyOf(rules);
        // One word boundary on each side of the whole alternation, not of every rule: far fewer checks per position.
        this.any = alternation(rules.stream().map(ToneRule::pattern).toList());
        this.thanks = List.copyOf(thanks);
        this.wishes = List.copyOf(wishes);
        this.anyThanks = alternation(thanks);
        this.anyWishes = alternation(wishes);
        this.allowedCapitals = Collections.unmodifiableSet(new LinkedHashSet<>(allowedCapitals));
    }

    /** Reads a built-in rules file from the classpath. */
    public static ToneRules builtIn(String languageCode) {
        String name = "/no/farvel/core/guide/tone_" + languageCode + ".txt";
        try (InputStream in = ToneRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in tone rules " + name + " are missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the built-in tone rules " + name, e);
        }
    }

    /**
     * Parses a rules file; a bad line fails with a message naming the source and line, and so does a pattern that
     * could take for ever to match ({@link RegexSafety}).
     */
    public static ToneRules read(Reader reader, String source) {
        return read(reader, source, false);
    }

    private static ToneRules read(Reader reader, String source, boolean builtIn) {
        List<ToneRule> rules = new ArrayList<>();
        List<Pattern> thanks = new ArrayList<>();
        List<Pattern> wishes = new ArrayList<>();
        Set<String> allowed = new LinkedHashSet<>();
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
                    throw new IllegalArgumentException(where + ": expected 'CODE | regex | suggestion' but found '"
                            + trimmed + "'");
                }
                String value = parts[1].strip();
                switch (kind) {
                    case "ALLOW" -> allowed.addAll(List.of(value.split("\\s+")));
                    case "THANKS" -> thanks.add(compile(value, where, builtIn));
                    case "WISHES" -> wishes.add(compile(value, where, builtIn));
                    default -> {
                        if (!TONE_CODES.contains(kind)) {
                            throw new IllegalArgumentException(where + ": '" + kind + "' is not a rule kind; use one of "
                                    + "BLAME, INSULT, ACCUSATION, HOSTILE, THANKS, WISHES, ALLOW");
                        }
                        String suggestion = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null;
                        rules.add(new ToneRule(kind, compile(value, where, builtIn), suggestion));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tone rules " + source, e);
        }
        return new ToneRules(rules, thanks, wishes, allowed);
    }

    /** Word-bounded, case-insensitive and Unicode-aware; a space in the file matches any run of whitespace. */
    private static Pattern compile(String regex, String where, boolean builtIn) {
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

    /**
     * The patterns as one, or null when there are none or when one has a capturing group: joined, its group numbers
     * and names would shift or clash, so a backreference would point elsewhere. Such rules are then tried one by one.
     */
    private static Pattern alternation(List<Pattern> patterns) {
        if (patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher("").groupCount() > 0)) {
            return null;
        }
        return Pattern.compile(patterns.stream().map(ToneRules::unbounded)
                .collect(Collectors.joining("|", BOUNDARY + "(?:", ")" + BOUNDARY)), FLAGS);
    }

    private static boolean anyFinds(Pattern combined, List<Pattern> each, String text) {
        if (combined != null) {
            return combined.matcher(text).find();
        }
        return each.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String unbounded(Pattern rule) {
        String regex = rule.pattern();
        return regex.substring(BOUNDARY.length(), regex.length() - BOUNDARY.length());
    }

    /** These rules followed by the other's. */
    public ToneRules plus(ToneRules other) {
        List<ToneRule> r = new ArrayList<>(rules);
        r.addAll(other.rules);
        List<Pattern> t = new ArrayList<>(thanks);
        t.addAll(other.thanks);
        List<Pattern> w = new ArrayList<>(wishes);
        w.addAll(other.wishes);
        Set<String> a = new LinkedHashSet<>(allowedCapitals);
        a.addAll(other.allowedCapitals);
        return new ToneRules(r, t, w, a);
    }

    public List<ToneRule> rules() {
        return rules;
    }

    /**
     * Whether any rule matches somewhere in {@code text}: one pass of all rules as one alternation. Short texts found
     * clean are remembered, so the pack's fixed sentences, which recur in every letter, are scanned once per run.
     */
    public boolean anyMatchIn(String text) {
        if (rules.isEmpty() || knownClean.containsKey(text)) {
            return false;
        }
        boolean match = anyFinds(any, rules.stream().map(ToneRule::pattern).toList(), text);
        if (!match && text.length() <= MAX_REMEMBERED_LENGTH) {
            if (knownClean.size() >= MAX_REMEMBERED) {
                knownClean.clear();
            }
            knownClean.put(text, Boolean.TRUE);
        }
        return match;
    }

    /** Whether {@code text} holds a wording that thanks the client. */
    public boolean thanksIn(String text) {
        return anyFinds(anyThanks, thanks, text);
    }

    /** Whether {@code text} holds a wording that wishes the client well. */
    public boolean wishesIn(String text) {
        return anyFinds(anyWishes, wishes, text);
    }

    /** Words in capitals that are abbreviations or names, not shouting. */
    public Set<String> allowedCapitals() {
        return allowedCapitals;
    }
}
