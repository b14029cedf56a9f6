package no.farvel.localization;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the guide check needs to read a letter in one language: its normalisation, its stemmer, and whether the
 * rendered text states a given date in any way the language (or a language it falls back to) writes dates.
 */
public final class TextAnalysis {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] NUMERIC_DATES = {"%Y-%MM-%DD", "%DD.%MM.%Y", "%D.%M.%Y", "%DD/%MM/%Y", "%D/%M/%Y"};

    private static final int MAX_DATES_KEPT = 512;

    private final LetterLocale locale;
    private final Map<LocalDate, List<String>> flatSpellings = new ConcurrentHashMap<>();

    TextAnalysis(LetterLocale locale) {
        this.locale = locale;
    }

    /** The text as word lists are matched against it: see {@link TextNormaliser}. */
    public String normalise(String text) {
        return TextNormaliser.normalise(text, locale.toLocale());
    }

    /** The normalised text with the original position of each character. */
    public NormalisedText normaliseWithOffsets(String text) {
        return TextNormaliser.normaliseWithOffsets(text, locale.toLocale());
    }

    /** The stemmer for this language's words. */
    public Stemmer stemmer() {
        return locale.language().stemmer();
    }

    /**
     * Whether the text states the date: as the letter prints it in running text or tables, with the month written
     * out or abbreviated, day before or after the month, or in the numeric forms ({@code 2027-01-31},
     * {@code 31.01.2027}, {@code 31/01/2027}). Line breaks, no-break spaces, soft hyphens and case do not matter;
     * a date inside a longer number does not count.
     */
    public boolean mentionsDate(String text, LocalDate date) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        Objects.requireNonNull(date, "The parameter 'date' must not be null");
        var language = locale.language();
        return writtenPlainly(text, language.dateInText(date)) || writtenPlainly(text, language.dateInTable(date))
                || mentionsDateNormalised(text, date);
    }

    /** {@link #mentionsDate} by the normalised text alone. */
    boolean mentionsDateNormalised(String text, LocalDate date) {
        String flat = flat(text);
        for (String wanted : flatSpellings(date)) {
            for (int at = flat.indexOf(wanted); at >= 0; at = flat.indexOf(wanted, at + 1)) {
                int after = at + wanted.length();
                if ((at == 0 || !Character.isLetterOrDigit(flat.charAt(at - 1)))
                        && (after == flat.length() || !Character.isDigit(flat.charAt(after)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds {@code spelling} as it is, between characters that separate words
     * ({@link TextNormaliser#separatesWords}) or the text's ends: then the normalised text holds it too, as
     * {@link #mentionsDate} looks for it, with no letter or digit beside it. A letter prints its dates so, and finding
     * one this way spares normalising the whole letter, which a batch did for every letter.
     */
    private static boolean writtenPlainly(String text, String spelling) {
        for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
            int after = at + spelling.length();
            if ((at == 0 || TextNormaliser.separatesWords(text.charAt(at - 1)))
                    && (after == text.length() || TextNormaliser.separatesWords(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date's spellings as {@link #mentionsDate} compares them, kept for the dates met last: a batch's letters
     * share a few effective dates, and each date has some thirty spellings to normalise.
     */
    private List<String> flatSpellings(LocalDate date) {
        List<String> spellings = flatSpellings.get(date);
        if (spellings == null) {
            spellings = dateSpellings(date).stream().map(this::flat).distinct().toList();
            if (flatSpellings.size() >= MAX_DATES_KEPT) {
                flatSpellings.clear();
            }
            flatSpellings.put(date, spellings);
        }
        return spellings;
    }

    /** Every way of writing the date that {@link #mentionsDate} recognises, in this language and its fallbacks. */
    public List<String> dateSpellings(LocalDate date) {
        Set<String> spellings = new LinkedHashSet<>();
        for (LetterLocale language : locale.messageChain()) {
            var l = language.language();
            spellings.add(l.dateInText(date));
            spellings.add(l.dateInTable(date));
            spellings.addAll(l.otherDateSpellings(date));
            int day = date.getDayOfMonth();
            String year = Integer.toString(date.getYear());
            for (String month : List.of(l.monthNames().get(date.getMonthValue() - 1),
                    l.monthAbbreviations().get(date.getMonthValue() - 1))) {
                spellings.add(day + ". " + month + " " + year);
                spellings.add(day + ". " + month + ". " + year);
                spellings.add(day + " " + month + " " + year);
                spellings.add(day + " " + month + ". " + year);
                spellings.add(month + " " + day + ", " + year);
                spellings.add(month + ". " + day + ", " + year);
            }
        }
        for (String pattern : NUMERIC_DATES) {
            spellings.add(numeric(pattern, date));
        }
        return List.copyOf(spellings);
    }

    private static String numeric(String pattern, LocalDate date) {
        return pattern.replace("%Y", Integer.toString(date.getYear()))
                .replace("%MM", twoDigits(date.getMonthValue())).replace("%DD", twoDigits(date.getDayOfMonth()))
                .replace("%M", Integer.toString(date.getMonthValue()))
                .replace("%D", Integer.toString(date.getDayOfMonth()));
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private String flat(String text) {
        return WHITESPACE.matcher(normalise(text)).replaceAll(" ");
    }
}
