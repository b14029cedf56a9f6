package no.farvel.localization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.farvel.localization.spi.LetterLanguage;

/**
 * The sequences of one language that must stay on one line — dates, amounts with their currency, numbers with
 * their unit, account numbers, IBANs, organisation numbers, postal codes with their place, invoice numbers with
 * hyphens, phone numbers — as rules a
 * renderer applies: {@link #protect} turns the spaces inside each into no-break spaces (U+00A0) and the hyphens into
 * non-breaking hyphens (U+2011), leaving the length of the text unchanged.
 */
public final class NoBreak {
    /** Replaces a space inside a protected sequence. */
    public static final char NO_BREAK_SPACE = '\u00A0';
    /** Replaces a hyphen inside a protected sequence. */
    public static final char NO_BREAK_HYPHEN = '\u2011';

    private static final String NUMBER = "[\u2212-]?\\d{1,3}(?:[\\h.,'’]\\d{3})*(?:[.,](?:\\d{1,2}|-))?";
    private static final String CURRENCY = "(?:[A-Z]{3}|kr\\.?|[€£$])";
    private static final List<NoBreakRule> COMMON = List.of(
            new NoBreakRule("amount", Pattern.compile("(?<![\\p{L}\\p{N}])" + CURRENCY + "\\h*" + NUMBER
                    + "(?!\\d)|(?<![\\d.,])" + NUMBER + "\\h*" + CURRENCY + "(?![\\p{L}\\p{N}])")),
            new NoBreakRule("iban", Pattern.compile(
                    "(?<![A-Z0-9])[A-Z]{2}\\d{2}(?:\\h[A-Z0-9]{4})+(?:\\h[A-Z0-9]{1,3})?(?![A-Z0-9])")),
            new NoBreakRule("accountNumber", Pattern.compile("(?<![\\d.])\\d{4}[\\h.]\\d{2}[\\h.]\\d{5}(?![\\d])")),
            new NoBreakRule("organisationNumber", Pattern.compile(
                    "(?<![\\p{L}\\d])(?:NO\\h?)?\\d{3}\\h\\d{3}\\h\\d{3}(?:\\h?MVA)?(?![\\d])")),
            new NoBreakRule("phoneNumber", Pattern.compile("(?<![\\d+])\\+\\d{1,3}(?:\\h\\d{1,4}){1,5}(?!\\d)"
                    + "|(?<![\\d.,])\\d{2}\\h\\d{2}\\h\\d{2}\\h\\d{2}(?![\\d.,])"
                    + "|(?<![\\d.,])\\d{3}\\h\\d{2}\\h\\d{3}(?![\\d.,])")),
            // A Norwegian postal code with its place: "0153 Oslo" in an address or a letterhead.
            new NoBreakRule("postalCode", Pattern.compile(
                    "(?<![\\p{L}\\p{N}.,])\\d{4}\\h+\\p{Lu}[\\p{L}'’.]*(?![\\p{L}\\p{N}])")),
            new NoBreakRule("hyphenatedNumber", Pattern.compile(
                    "(?<![\\p{L}\\p{N}\u2010\u2011-])(?=[\\p{L}\\p{N}\u2010\u2011-]*\\p{N})[\\p{L}\\p{N}]+"
                            + "(?:[\u2010\u2011-][\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])")));

    private final List<NoBreakRule> rules;

    private NoBreak(List<NoBreakRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules for a language: dates from its month names and numbers with its units, then the common ones. */
    static NoBreak of(LetterLocale locale) {
        LetterLanguage language = locale.language();
        List<NoBreakRule> rules = new ArrayList<>();
        rules.add(dates(language));
        rules.add(counts(language));
        rules.addAll(COMMON);
        rules.addAll(language.extraNoBreakRules());
        return new NoBreak(rules);
    }

    private static NoBreakRule dates(LetterLanguage language) {
        Set<String> months = new LinkedHashSet<>(language.monthNames());
        months.addAll(language.monthAbbreviations());
        String month = months.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")\\.?"));
        String day = "\\d{1,2}(?:\\.|st|nd|rd|th)?";
        return NoBreakRule.of("date", "(?<![\\p{L}\\p{N}])(?:" + day + "\\h+(?:of\\h+)?" + month + "\\h+\\d{4}|" + month
                + "\\h+" + day + ",?\\h+\\d{4})(?![\\p{L}\\p{N}])");
    }

    private static NoBreakRule counts(LetterLanguage language) {
        Set<String> units = new LinkedHashSet<>();
        for (PeriodUnit unit : PeriodUnit.values()) {
            UnitWords words = language.unit(unit);
            units.addAll(List.of(words.singular(), words.plural(), words.singularPossessive(),
                    words.pluralPossessive()));
        }
        String unit = units.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
        return NoBreakRule.of("count", "(?<![\\p{L}\\p{N}.,])\\d+\\h+" + unit + "(?![\\p{L}\\p{N}])");
    }

    /** The rules, in the order they are applied. */
    public List<NoBreakRule> rules() {
        return rules;
    }

    /** The text with every protected sequence made unbreakable. */
    public String protect(String text) {
        return protect(text, rules);
    }

    /** The text with the spaces and hyphens inside every match of the rules made no-break ones. */
    public static String protect(String text, List<NoBreakRule> rules) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        Objects.requireNonNull(rules, "The parameter 'rules' must not be null");
        char[] chars = text.toCharArray();
        for (NoBreakRule rule : rules) {
            Matcher m = rule.pattern().matcher(new String(chars));
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    chars[i] = unbreakable(chars[i]);
                }
            }
        }
        return new String(chars);
    }

    /** The whole text as one unbreakable unit: every plain space a no-break space ({@code +47 22 33 44 55}). */
    public static String glue(String text) {
        return text == null ? null : text.replace(' ', NO_BREAK_SPACE);
    }

    private static char unbreakable(char c) {
        if (c == '-' || c == '\u2010') {
            return NO_BREAK_HYPHEN;
        }
        // Narrow and figure no-break spaces already hold; every other space separator would let the line break.
        boolean breakingSpace = Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
        return breakingSpace && c != '\u202F' && c != '\u2007' ? NO_BREAK_SPACE : c;
    }
}
