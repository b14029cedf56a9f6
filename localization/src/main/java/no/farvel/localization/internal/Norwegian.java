package no.farvel.localization.internal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import no.farvel.localization.Addressee;
import no.farvel.localization.Gender;
import no.farvel.localization.Salutation;
import no.farvel.localization.spi.LetterLanguage;

/** What bokmål and nynorsk letters share: months, number formats, kroner, and most number words. */
abstract class Norwegian implements LetterLanguage {
    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");
    private static final String[] UNITS = {"null", "", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti",
        "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"};
    private static final String[] TENS = {"", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti",
        "nitti"};

    @Override
    public String documentLanguageTag() {
        return code() + "-NO";
    }

    @Override
    public List<String> monthNames() {
        return MONTHS;
    }

    @Override
    public String dateInText(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    @Override
    public String dateInTable(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "." + twoDigits(date.getMonthValue()) + "." + date.getYear();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    @Override
    public char decimalSeparator() {
        return ',';
    }

    @Override
    public char groupingSeparator() {
        return '\u00A0';
    }

    /** Kroner follow the amount in running text ({@code 12 400,00 kr}); other currencies lead with their code. */
    @Override
    public String amountInText(String digits, Currency currency) {
        return isKroner(currency) ? digits + '\u00A0' + "kr" : LetterLanguage.super.amountInText(digits, currency);
    }

    /** In tables kroner lead too, so the digits of a column line up: {@code kr 12 400,00}. */
    @Override
    public String amountInTable(String digits, Currency currency) {
        return isKroner(currency) ? "kr" + '\u00A0' + digits : LetterLanguage.super.amountInText(digits, currency);
    }

    private static boolean isKroner(Currency currency) {
        return "NOK".equals(currency.getCurrencyCode());
    }

    /** The stressed "one" that marks a numeral rather than the article: én måned, éin månad. */
    abstract String one(Gender gender);

    /** "One" as the last part of a compound number, whatever follows: tjueen, tjueein. */
    abstract String oneInCompound();

    @Override
    public String cardinal(int number, Gender gender) {
        if (number < 0 || number > 99) {
            throw new IllegalArgumentException(number + " is outside 0 to 99");
        }
        if (number == 1) {
            return one(gender);
        }
        if (number < 20) {
            return UNITS[number];
        }
        int unit = number % 10;
        return TENS[number / 10] + (unit == 0 ? "" : unit == 1 ? oneInCompound() : UNITS[unit]);
    }

    /** Språkrådet's rule of thumb: numbers up to twelve are written in words in running text. */
    @Override
    public int wordsUpTo() {
        return 12;
    }

    @Override
    public String and() {
        return "og";
    }

    @Override
    public String or() {
        return "eller";
    }

    /** Norwegian business letters open with the heading and no greeting line, named person or not. */
    @Override
    public Salutation salutation(Addressee addressee) {
        return new Salutation("", closing());
    }

    abstract String closing();

    abstract String attachmentName();

    @Override
    public Map<String, String> defaultMessages() {
        return Map.of("mail.attachment", attachmentName());
    }
}
