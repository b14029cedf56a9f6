package no.farvel.localization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import no.farvel.localization.spi.LetterLanguage;

/**
 * Dates, amounts, periods and identifiers as one language's letters print them. Every value a letter shows in
 * figures is formatted here and nowhere else; the patterns are the language's own, not the JDK's locale data, which
 * changes between JDK versions (CLDR moved Norwegian grouping from U+00A0 to U+202F, for one). Null gives empty text.
 */
public final class LetterFormats {
    /** The space inside amounts and phone numbers that never breaks a line. */
    public static final char NO_BREAK_SPACE = '\u00A0';
    private static final char MINUS_SIGN = '\u2212'; // as typeset Norwegian and English both use

    private final LetterLanguage language;
    private final LetterWords words;

    LetterFormats(LetterLanguage language, LetterWords words) {
        this.language = language;
        this.words = words;
    }

    /** A date in running text: {@code 28. november 2026} (nb, nn), {@code 28 November 2026} (en). */
    public String dateInText(LocalDate date) {
        return date == null ? "" : language.dateInText(date);
    }

    /** A date in a table column: {@code 28.11.2026} (nb, nn), {@code 28 Nov 2026} (en). */
    public String dateInTable(LocalDate date) {
        return date == null ? "" : language.dateInTable(date);
    }

    /** An amount in running text: {@code 12 400,00 kr}, {@code EUR 990,00}, {@code NOK 12,400.00}. */
    public String amountInText(BigDecimal amount, Currency currency) {
        return amount == null || currency == null ? "" : language.amountInText(number(amount, currency), currency);
    }

    /** An amount in a table column, currency first so the digits align: {@code kr 12 400,00}. */
    public String amountInTable(BigDecimal amount, Currency currency) {
        return amount == null || currency == null ? "" : language.amountInTable(number(amount, currency), currency);
    }

    /**
     * The digits of an amount with the currency's decimals and the language's separators, a minus sign (U+2212)
     * in front of a negative one: {@code 1 234 567,89}. Throws {@link ArithmeticException} when the amount has more
     * decimals than the currency, since rounding money silently is never right.
     */
    public String number(BigDecimal amount, Currency currency) {
        int fractionDigits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal exact = amount.setScale(fractionDigits, RoundingMode.UNNECESSARY);
        String plain = exact.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        if (exact.signum() < 0) {
            out.append(MINUS_SIGN);
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(language.groupingSeparator());
            }
            out.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(language.decimalSeparator()).append(fraction);
        }
        return out.toString();
    }

    /** A period with its counts in digits: {@code 2 måneder}, {@code 1 år og 6 måneder}, {@code 14 days}. */
    public String period(Period period) {
        if (period == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        LetterWords.parts(period).forEach((unit, count) ->
                parts.add(count + " " + language.unit(unit).forCount(count, false)));
        return words.list(parts);
    }

    /** A nine-digit organisation number grouped as printed, {@code 952 601 814}; any other text as given. */
    public String organisationNumber(String number) {
        return number == null ? "" : Identifiers.isDigits(number, 9) ? language.organisationNumber(number) : number;
    }

    /** An eleven-digit account number grouped as printed, {@code 1503 96 03087}; any other text as given. */
    public String accountNumber(String number) {
        return number == null ? "" : Identifiers.isDigits(number, 11) ? language.accountNumber(number) : number;
    }

    /** A compact IBAN in groups of four, {@code NO93 8601 1117 947}; any other text as given. */
    public String iban(String iban) {
        if (iban == null) {
            return "";
        }
        return iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") ? language.iban(iban) : iban;
    }

    /** A KID as printed. */
    public String kid(String kid) {
        return kid == null ? "" : language.kid(kid);
    }
}
