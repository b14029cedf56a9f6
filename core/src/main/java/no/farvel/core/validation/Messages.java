package no.farvel.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import no.farvel.core.text.Printable;

/** The texts of the violations, shared with the tests that assert them. */
final class Messages {
    static final String REQUIRED = "is required";
    static final String EMPTY_ENTRY = "is empty; fill it in or remove the entry";
    static final String NO_REASON = "is empty; give at least one reason for ending the relationship";
    static final String DETAIL_REQUIRED =
            "is required when the type is OTHER; say in a sentence or two why the relationship ends";

    // Long values are cut so that a message stays one readable line.
    private static final int QUOTE_LIMIT = 80;

    private Messages() {
    }

    static String invalidOrgNumber(String number) {
        return isDigits(number, 9)
                ? quote(number) + " fails the MOD11 check for organisation numbers"
                : quote(number) + " is not an organisation number: use 9 digits without spaces, such as 952601814";
    }

    static String invalidAccount(String number) {
        return isDigits(number, 11)
                ? quote(number) + " fails the MOD11 check for bank account numbers"
                : quote(number) + " is not a Norwegian bank account number: use 11 digits without spaces or dots,"
                        + " such as 15039603087";
    }

    static String invalidIban(String iban) {
        return quote(iban) + " is not a valid IBAN: write it in capitals without spaces, such as NO9386011117947,"
                + " and check it against the bank's letter";
    }

    static final String ORG_NUMBER_FOR_REGISTERED = "is required when provider.businessRegister or "
            + "provider.vatRegistered is true: the letter prints it beside 'Foretaksregisteret' and 'MVA'";

    static String invalidBic(String bic) {
        return quote(bic) + " is not a BIC: use the bank's 8 or 11 characters in capitals without spaces, such as"
                + " DNBANOKK";
    }

    static String setOffWithoutInvoices(Currency currency) {
        return "SET_OFF needs undisputed unpaid invoices in " + currency.getCurrencyCode() + " to set the refund off"
                + " against, and there are none; use PAY_OUT";
    }

    static String setOffTooLarge(Currency currency, BigDecimal setOff, BigDecimal payable) {
        String code = currency.getCurrencyCode();
        return "the refunds set off in " + code + " come to " + setOff.toPlainString() + ", more than the "
                + payable.toPlainString() + " the undisputed unpaid invoices in " + code + " come to; set off at most"
                + " that much and pay the rest out in a refund of its own (PAY_OUT)";
    }

    static String invalidKid(String kid) {
        boolean shaped = kid.length() >= 2 && kid.length() <= 25 && kid.matches("[0-9]+-?");
        return shaped
                ? quote(kid) + " fails both the MOD10 and the MOD11 check for KID numbers"
                : quote(kid) + " is not a KID: use 2–25 digits (a MOD11 KID may end in '-')";
    }

    static String invalidEmail(String address, String problem) {
        return quote(address) + " is not a valid e-mail address: " + problem;
    }

    static String invalidCountry(String country) {
        return quote(country) + " is not an ISO 3166-1 alpha-2 country code such as NO, SE or GB";
    }

    static String invalidPostalCode(String postalCode) {
        return quote(postalCode) + " is not a Norwegian postal code: use 4 digits, such as 0153";
    }

    /** The position is counted in characters from 1. */
    static String controlCharacter(String value, int position, int codePoint) {
        return quote(value) + " contains the control character " + String.format(Locale.ROOT, "U+%04X", codePoint)
                + " at position " + position + "; remove line breaks, tabs and other control characters";
    }

    /** The position is counted in characters from 1. */
    static String invisibleCharacter(String value, int position, int codePoint) {
        return quote(value) + " contains " + TextCharacters.describe(codePoint, position) + "; remove it";
    }

    static String tooLong(int length, int limit) {
        return "is " + number(length) + " characters long; the limit is " + number(limit);
    }

    static String tooMany(int count, int limit) {
        return "has " + number(count) + " entries; the limit is " + number(limit);
    }

    static String outOfRange(int value, int min, int max, String unit) {
        return quote(String.valueOf(value)) + " is out of range: use " + number(min) + " to " + number(max) + " "
                + unit;
    }

    static String notPositive(BigDecimal amount) {
        return quote(amountText(amount)) + " is not more than zero";
    }

    static String tooLarge(BigDecimal amount, long digits, int limit) {
        return quote(amountText(amount)) + " has " + String.format(Locale.ROOT, "%,d", digits)
                + " digits before the decimal point; an amount has at most " + limit;
    }

    static String tooManyDecimals(BigDecimal amount, Currency currency, int decimals, int allowed) {
        return quote(amountText(amount)) + " has " + number(decimals) + (decimals == 1 ? " decimal; " : " decimals; ")
                + currency.getCurrencyCode() + " allows at most " + allowed;
    }

    /** The amount as written in the input, except that one too long to write out keeps its exponent. */
    private static String amountText(BigDecimal amount) {
        boolean plain = amount.precision() <= QUOTE_LIMIT && Math.abs((long) amount.scale()) <= QUOTE_LIMIT;
        return plain ? amount.toPlainString() : amount.toString();
    }

    static String before(LocalDate date, String other, LocalDate otherDate) {
        return quote(date.toString()) + " is before " + other + " " + otherDate;
    }

    static String after(LocalDate date, String other, LocalDate otherDate) {
        return quote(date.toString()) + " is after " + other + " " + otherDate;
    }

    /**
     * The value in single quotes, control and invisible characters escaped (a line feed shows as backslash-n), cut
     * at 80 characters.
     */
    static String quote(String value) {
        return Printable.quote(value, QUOTE_LIMIT);
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static boolean isDigits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
