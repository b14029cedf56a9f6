package no.farvel.templates.internal.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Money;

/**
 * Dates, amounts and periods as they are written in letters, per letter language.
 *
 * <p>The patterns are pinned here instead of taken from the JDK's locale data, which changes between JDK versions
 * (CLDR moved Norwegian's grouping separator from U+00A0 to U+202F, for one):
 * <ul>
 *   <li>dates: {@code 28. november 2026} (nb, nn), {@code 28 November 2026} (en); in tables {@code 28.11.2026}
 *   and {@code 28 Nov 2026};</li>
 *   <li>NOK in running text: {@code 12 400,00 kr} (nb, nn), {@code NOK 12,400.00} (en);</li>
 *   <li>NOK in tables: {@code kr 12 400,00} (nb, nn), {@code NOK 12,400.00} (en);</li>
 *   <li>other currencies, everywhere: {@code EUR 990,00} (nb, nn), {@code GBP 1,850.50} (en).</li>
 * </ul>
 * Norwegian groups thousands with a no-break space (U+00A0) so an amount never breaks across lines.
 */
public final class LetterFormat {
    /** The thousands separator in Norwegian amounts. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private static final String[] MONTHS_NB = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final LetterLocale locale;

    private LetterFormat(LetterLocale locale) {
        this.locale = locale;
    }

    /** The formats of one letter language. */
    public static LetterFormat of(LetterLocale locale) {
        return new LetterFormat(Objects.requireNonNull(locale, "The parameter 'locale' must not be null"));
    }

    /** {@code 28. november 2026} or {@code 28 November 2026}; empty for null. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int month = date.getMonthValue() - 1;
        return switch (locale) {
            case NB, NN -> date.getDayOfMonth() + ". " + MONTHS_NB[month] + " " + date.getYear();
            case EN -> date.getDayOfMonth() + " " + MONTHS_EN[month] + " " + date.getYear();
        };
    }

    /** A date in a table column: {@code 28.11.2026} (nb, nn), {@code 28 Nov 2026} (en); empty for null. */
    public String shortDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return switch (locale) {
            case NB, NN -> String.format(java.util.Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case EN -> date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1].substring(0, 3) + " "
                    + date.getYear();
        };
    }

    /** An amount in running text: {@code 12 400,00 kr}, {@code EUR 990,00}, {@code NOK 12,400.00}. */
    public String amountInText(Money money) {
        if (money == null) {
            return "";
        }
        String number = number(money);
        if (isNorwegian() && "NOK".equals(money.currency().getCurrencyCode())) {
            return number + NO_BREAK_SPACE + "kr";
        }
        return money.currency().getCurrencyCode() + NO_BREAK_SPACE + number;
    }

    /** An amount in a table column, currency first so the digits align: {@code kr 12 400,00}. */
    public String amountInTable(Money money) {
        if (money == null) {
            return "";
        }
        String number = number(money);
        if (isNorwegian() && "NOK".equals(money.currency().getCurrencyCode())) {
            return "kr" + NO_BREAK_SPACE + number;
        }
        return money.currency().getCurrencyCode() + NO_BREAK_SPACE + number;
    }

    /** The digits of an amount with the currency's decimals and the language's separators, sign included. */
    public String number(Money money) {
        int fractionDigits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        BigDecimal amount = money.amount().setScale(fractionDigits, RoundingMode.UNNECESSARY);
        String plain = amount.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char group = isNorwegian() ? NO_BREAK_SPACE : ',';
        char decimal = isNorwegian() ? ',' : '.';
        StringBuilder out = new StringBuilder();
        if (amount.signum() < 0) {
            out.append('\u2212'); // MINUS SIGN, as typeset Norwegian and English both use
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimal).append(fraction);
        }
        return out.toString();
    }

    /** A notice period in words and digits: {@code 2 måneder}, {@code 2 månader}, {@code 3 months}. */
    public String period(Period period) {
        if (period == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, period.getYears(), unit("år", "år", "year", "år", "år", "years"));
        addPart(parts, period.getMonths(), unit("måned", "månad", "month", "måneder", "månader", "months"));
        addPart(parts, period.getDays(), unit("dag", "dag", "day", "dager", "dagar", "days"));
        if (parts.isEmpty()) {
            parts.add("0 " + unit("dag", "dag", "day", "dager", "dagar", "days")[1]);
        }
        String and = locale == LetterLocale.EN ? " and " : " og ";
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    private String[] unit(String nb, String nn, String en, String nbPlural, String nnPlural, String enPlural) {
        return switch (locale) {
            case NB -> new String[] {nb, nbPlural};
            case NN -> new String[] {nn, nnPlural};
            case EN -> new String[] {en, enPlural};
        };
    }

    private static void addPart(List<String> parts, int count, String[] unit) {
        if (count != 0) {
            parts.add(count + " " + (count == 1 ? unit[0] : unit[1]));
        }
    }

    private boolean isNorwegian() {
        return locale != LetterLocale.EN;
    }
}
