package no.farvel.localization;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.farvel.localization.spi.LetterLanguage;

/**
 * The words one language's letters use around the facts: counts written out ("to måneder", "éin månad", "three
 * months' notice"), lists, invoice status words, and the greeting with the close that matches it.
 */
public final class LetterWords {
    /** The largest part of a period of several parts that is written in words, in every language. */
    static final int WORDS_IN_A_PERIOD_UP_TO = 12;

    private final LetterLanguage language;

    LetterWords(LetterLanguage language) {
        this.language = language;
    }

    /**
     * A count in words where the language's style writes it so, in digits above that ({@code tre}, {@code 30}),
     * agreeing with the gender of what is counted: {@code éin}, {@code éi}, {@code eitt} in nynorsk.
     */
    public String number(int count, Gender gender) {
        Objects.requireNonNull(gender, "The parameter 'gender' must not be null");
        return count >= 0 && count <= Math.min(language.wordsUpTo(), 99)
                ? language.cardinal(count, gender) : Integer.toString(count);
    }

    /** A count of a unit: {@code to måneder}, {@code éin månad}, {@code three months}, {@code 14 days}. */
    public String count(int count, PeriodUnit unit) {
        return count(count, unit, false);
    }

    /**
     * A count of a unit in the possessive, as notice phrases use it: {@code three months'} ("three months' notice"),
     * {@code one month's}, {@code tre måneders} ("tre måneders oppsigelsesfrist"), {@code éin månads}.
     */
    public String countPossessive(int count, PeriodUnit unit) {
        return count(count, unit, true);
    }

    private String count(int count, PeriodUnit unit, boolean possessive) {
        Objects.requireNonNull(unit, "The parameter 'unit' must not be null");
        UnitWords words = language.unit(unit);
        return number(count, words.gender()) + " " + words.forCount(count, possessive);
    }

    /**
     * A period in words: {@code to måneder}, {@code ett år og seks måneder}; empty for null. A single part follows
     * {@link #number}; several parts share one style, words when each is at most twelve ({@code two years and ten
     * months}) and figures otherwise ({@code 15 years and 2 months}).
     */
    public String period(Period period) {
        return period(period, false);
    }

    /**
     * A period in words with its last unit in the possessive, for "… notice": {@code three months'},
     * {@code one year and six months'}, {@code tre måneders}; empty for null.
     */
    public String periodPossessive(Period period) {
        return period(period, true);
    }

    private String period(Period period, boolean possessive) {
        if (period == null) {
            return "";
        }
        Map<PeriodUnit, Integer> parts = parts(period);
        if (parts.size() == 1) {
            Map.Entry<PeriodUnit, Integer> only = parts.entrySet().iterator().next();
            return count(only.getValue(), only.getKey(), possessive);
        }
        // One style for all parts, never "two years and 10 months": words when every part is at most twelve.
        boolean inWords = parts.values().stream().allMatch(n -> n >= 0 && n <= WORDS_IN_A_PERIOD_UP_TO);
        List<String> texts = new ArrayList<>();
        int left = parts.size();
        for (Map.Entry<PeriodUnit, Integer> part : parts.entrySet()) {
            UnitWords words = language.unit(part.getKey());
            int n = part.getValue();
            texts.add((inWords ? language.cardinal(n, words.gender()) : Integer.toString(n)) + " "
                    + words.forCount(n, possessive && --left == 0));
        }
        return list(texts);
    }

    /** The non-zero years, months and days of a period, largest first; zero days when all are zero. */
    static Map<PeriodUnit, Integer> parts(Period period) {
        Map<PeriodUnit, Integer> parts = new EnumMap<>(PeriodUnit.class);
        if (period.getYears() != 0) {
            parts.put(PeriodUnit.YEAR, period.getYears());
        }
        if (period.getMonths() != 0) {
            parts.put(PeriodUnit.MONTH, period.getMonths());
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.put(PeriodUnit.DAY, period.getDays());
        }
        return parts;
    }

    /** Items as running text joins them: {@code a}, {@code a og b}, {@code a, b og c} (no serial comma). */
    public String list(List<String> items) {
        Objects.requireNonNull(items, "The parameter 'items' must not be null");
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + language.and() + " "
                + items.get(items.size() - 1);
    }

    /** The word joining the last two items of a list: {@code og}, {@code and}. */
    public String and() {
        return language.and();
    }

    /** The word between alternatives: {@code eller}, {@code or}. */
    public String or() {
        return language.or();
    }

    /** An invoice's state as the status column prints it: {@code Forfalt}, {@code Forfallen}, {@code Overdue}. */
    public String invoiceStatus(InvoiceState state) {
        Objects.requireNonNull(state, "The parameter 'state' must not be null");
        return language.invoiceStatus(state);
    }

    /** The person an attention line names, with the courtesy titles this language knows: {@code Ms Jane O'Neill}. */
    public Addressee addressee(String attention) {
        return Addressee.parse(attention, language.courtesyTitles());
    }

    /**
     * The greeting and the matching close: {@code Dear Ms O'Neill,} and {@code Yours sincerely,} for a named person,
     * {@code Dear Sir or Madam,} and {@code Yours faithfully,} for nobody in particular; no greeting and
     * {@code Med vennlig hilsen} in bokmål.
     */
    public Salutation salutation(Addressee addressee) {
        return language.salutation(addressee == null ? Addressee.none() : addressee);
    }

    /** The salutation for the person an attention line names, or for nobody when it is blank. */
    public Salutation salutation(String attention) {
        return salutation(addressee(attention));
    }
}
