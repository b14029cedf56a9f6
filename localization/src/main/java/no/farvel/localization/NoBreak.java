package no.farvel.localization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
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
    private static final List<Guarded> COMMON = List.of(
            new Guarded(new NoBreakRule("amount", Pattern.compile("(?<![\\p{L}\\p{N}])" + CURRENCY + "\\h*" + NUMBER
                    + "(?!\\d)|(?<![\\d.,])" + NUMBER + "\\h*" + CURRENCY + "(?![\\p{L}\\p{N}])")),
                    shape -> shape.digits() >= 1 && shape.currency()),
            new Guarded(new NoBreakRule("iban", Pattern.compile(
                    "(?<![A-Z0-9])[A-Z]{2}\\d{2}(?:\\h[A-Z0-9]{4})+(?:\\h[A-Z0-9]{1,3})?(?![A-Z0-9])")),
                    TextShape::capitalsThenDigits),
            new Guarded(new NoBreakRule("accountNumber", Pattern.compile(
                    "(?<![\\d.])\\d{4}[\\h.]\\d{2}[\\h.]\\d{5}(?![\\d])")),
                    shape -> shape.digits() >= 11 && shape.longestDigitRun() >= 5),
            new Guarded(new NoBreakRule("organisationNumber", Pattern.compile(
                    "(?<![\\p{L}\\d])(?:NO\\h?)?\\d{3}\\h\\d{3}\\h\\d{3}(?:\\h?MVA)?(?![\\d])")),
                    shape -> shape.digits() >= 9 && shape.digitSpaceDigit()),
            new Guarded(new NoBreakRule("phoneNumber", Pattern.compile(
                    "(?<![\\d+])\\+\\d{1,3}(?:\\h\\d{1,4}){1,5}(?!\\d)"
                    + "|(?<![\\d.,])\\d{2}\\h\\d{2}\\h\\d{2}\\h\\d{2}(?![\\d.,])"
                    + "|(?<![\\d.,])\\d{3}\\h\\d{2}\\h\\d{3}(?![\\d.,])")),
                    shape -> shape.plus() && shape.digits() >= 2 || shape.digits() >= 8 && shape.digitSpaceDigit()),
            // A Norwegian postal code with its place: "0153 Oslo" in an address or a letterhead.
            new Guarded(new NoBreakRule("postalCode", Pattern.compile(
                    "(?<![\\p{L}\\p{N}.,])\\d{4}\\h+\\p{Lu}[\\p{L}'’.]*(?![\\p{L}\\p{N}])")),
                    shape -> shape.longestDigitRun() >= 4 && shape.digitThenSpace()),
            new Guarded(new NoBreakRule("hyphenatedNumber", Pattern.compile(
                    "(?<![\\p{L}\\p{N}\u2010\u2011-])(?=[\\p{L}\\p{N}\u2010\u2011-]*\\p{N})[\\p{L}\\p{N}]+"
                            + "(?:[\u2010\u2011-][\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])")),
                    shape -> shape.number() && shape.hyphen()));

    private final List<NoBreakRule> rules;
    private final List<Guarded> guarded;

    private NoBreak(List<Guarded> guarded) {
        this.guarded = List.copyOf(guarded);
        this.rules = guarded.stream().map(Guarded::rule).toList();
    }

    /** The rules for a language: dates from its month names and numbers with its units, then the common ones. */
    static NoBreak of(LetterLocale locale) {
        LetterLanguage language = locale.language();
        List<Guarded> rules = new ArrayList<>();
        // A day and a four-digit year.
        rules.add(new Guarded(dates(language), shape -> shape.digits() >= 5 && shape.longestDigitRun() >= 4));
        rules.add(new Guarded(counts(language), TextShape::digitThenSpace));
        rules.addAll(COMMON);
        for (NoBreakRule extra : language.extraNoBreakRules()) {
            rules.add(new Guarded(extra, shape -> true));
        }
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

    /**
     * The text with every protected sequence made unbreakable. A rule's pattern is searched only in a text that holds
     * what a match needs (so many digits, a currency, a hyphen), counted once: most of a letter's sentences and table
     * cells are spared most of the patterns, with the same result.
     */
    public String protect(String text) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        TextShape shape = TextShape.of(text);
        List<NoBreakRule> worthTrying = new ArrayList<>(guarded.size());
        for (Guarded rule : guarded) {
            if (rule.needs().test(shape)) {
                worthTrying.add(rule.rule());
            }
        }
        return protect(text, worthTrying);
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

    /** A rule and what a text must hold for its pattern to match there. */
    private record Guarded(NoBreakRule rule, Predicate<TextShape> needs) {
    }

    /**
     * What the guards ask of a text. The rules change only spaces and hyphens, into no-break spaces and hyphens, so
     * the answers hold for the text as every rule sees it.
     *
     * @param digits how many ASCII digits, what {@code \\d} matches
     * @param longestDigitRun the most ASCII digits in a row
     * @param digitThenSpace whether an ASCII digit is followed by a horizontal space, what {@code \\h} matches
     * @param digitSpaceDigit whether an ASCII digit, one horizontal space and an ASCII digit follow each other
     * @param capitalsThenDigits whether two capitals A-Z are followed by two ASCII digits, as an IBAN starts
     * @param number whether it has a character of Unicode's number categories, what {@code \\p{N}} matches
     * @param plus whether it has a plus sign, as an international phone number starts
     * @param hyphen whether it has a hyphen: '-', U+2010 or U+2011
     * @param currency whether it has what the amount rule takes for a currency: three capitals A-Z in a row, "kr",
     *                 '€', '£' or '$'
     */
    private record TextShape(int digits, int longestDigitRun, boolean digitThenSpace, boolean digitSpaceDigit,
                             boolean capitalsThenDigits, boolean number, boolean plus, boolean hyphen,
                             boolean currency) {
        static TextShape of(String text) {
            int digits = 0;
            int digitRun = 0;
            int longestDigitRun = 0;
            boolean digitThenSpace = false;
            boolean digitSpaceDigit = false;
            boolean capitalsThenDigits = false;
            int capitalsInRow = 0;
            boolean number = false;
            boolean plus = false;
            boolean hyphen = false;
            boolean currency = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                    number = true;
                    longestDigitRun = Math.max(longestDigitRun, ++digitRun);
                    digitSpaceDigit |= i >= 2 && isHorizontalSpace(text.charAt(i - 1)) && isDigit(text.charAt(i - 2));
                    capitalsThenDigits |= i >= 3 && isDigit(text.charAt(i - 1)) && isCapital(text.charAt(i - 2))
                            && isCapital(text.charAt(i - 3));
                } else {
                    digitThenSpace |= digitRun > 0 && isHorizontalSpace(c);
                    digitRun = 0;
                }
                if (c >= 0x80 && !number) {
                    int type = Character.getType(text.codePointAt(i));
                    number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                            || type == Character.OTHER_NUMBER;
                }
                capitalsInRow = isCapital(c) ? capitalsInRow + 1 : 0;
                plus |= c == '+';
                hyphen |= c == '-' || c == '\u2010' || c == '\u2011';
                currency |= capitalsInRow >= 3 || c == '€' || c == '£' || c == '$'
                        || c == 'r' && i > 0 && text.charAt(i - 1) == 'k';
            }
            return new TextShape(digits, longestDigitRun, digitThenSpace, digitSpaceDigit, capitalsThenDigits, number,
                    plus, hyphen, currency);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isCapital(char c) {
            return c >= 'A' && c <= 'Z';
        }

        /** What {@code \\h} matches. */
        private static boolean isHorizontalSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                    || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';
        }
    }
}
