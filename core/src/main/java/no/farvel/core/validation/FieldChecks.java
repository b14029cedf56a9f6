package no.farvel.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import no.farvel.core.identifiers.AccountNumber;
import no.farvel.core.identifiers.Bic;
import no.farvel.core.identifiers.EmailAddress;
import no.farvel.core.identifiers.Iban;
import no.farvel.core.identifiers.Kid;
import no.farvel.core.identifiers.OrganisationNumber;

/** Field-level checks that collect violations; the walk over the model is in {@link TerminationValidator}. */
final class FieldChecks {
    private static final Pattern NORWEGIAN_POSTAL_CODE = Pattern.compile("[0-9]{4}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void add(String path, ViolationCode code, String message) {
        violations.add(new Violation(path, code, message));
    }

    /** Reports a missing value or a blank text; true when the value is there. */
    boolean required(String path, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(path, ViolationCode.REQUIRED, Messages.REQUIRED);
            return false;
        }
        return true;
    }

    /** A required text: present, plain and within the limit. */
    void requiredText(String path, String value, int limit) {
        if (required(path, value)) {
            text(path, value, limit);
        }
    }

    /** An optional text: when given, plain and within the limit. */
    void text(String path, String value, int limit) {
        if (value == null) {
            return;
        }
        plain(path, value);
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            add(path, ViolationCode.TOO_LONG, Messages.tooLong(length, limit));
        }
    }

    /**
     * Reports the first control character or invisible character in the value (see {@link TextCharacters}); true
     * when there is none.
     */
    boolean plain(String path, String value) {
        TextCharacters.Unsafe unsafe = TextCharacters.first(value);
        if (unsafe == null) {
            return true;
        }
        String message = unsafe.code() == ViolationCode.CONTROL_CHARACTER
                ? Messages.controlCharacter(value, unsafe.position(), unsafe.codePoint())
                : Messages.invisibleCharacter(value, unsafe.position(), unsafe.codePoint());
        add(path, unsafe.code(), message);
        return false;
    }

    void id(String path, String id) {
        if (required(path, id) && plain(path, id)) {
            RecordIds.problem(id).ifPresent(problem -> add(path, ViolationCode.INVALID_ID, problem));
        }
    }

    void orgNumber(String path, String number) {
        if (number != null && plain(path, number) && !OrganisationNumber.isValid(number)) {
            add(path, ViolationCode.INVALID_ORG_NUMBER, Messages.invalidOrgNumber(number));
        }
    }

    void bankAccount(String path, String number) {
        if (number != null && plain(path, number) && !AccountNumber.isValid(number)) {
            add(path, ViolationCode.INVALID_ACCOUNT, Messages.invalidAccount(number));
        }
    }

    void iban(String path, String iban) {
        if (iban != null && plain(path, iban) && !Iban.isValid(iban)) {
            add(path, ViolationCode.INVALID_IBAN, Messages.invalidIban(iban));
        }
    }

    void bic(String path, String bic) {
        if (bic != null && plain(path, bic) && !Bic.isValid(bic)) {
            add(path, ViolationCode.INVALID_BIC, Messages.invalidBic(bic));
        }
    }

    /** A Norwegian account number or, when the value starts with two letters, an IBAN. */
    void paymentAccount(String path, String account) {
        if (account == null || !plain(path, account)) {
            return;
        }
        boolean looksLikeIban = account.length() >= 2
                && Character.isLetter(account.charAt(0)) && Character.isLetter(account.charAt(1));
        if (looksLikeIban && !Iban.isValid(account)) {
            add(path, ViolationCode.INVALID_IBAN, Messages.invalidIban(account));
        } else if (!looksLikeIban && !AccountNumber.isValid(account)) {
            add(path, ViolationCode.INVALID_ACCOUNT, Messages.invalidAccount(account));
        }
    }

    void kid(String path, String kid) {
        if (kid != null && plain(path, kid) && !Kid.isValid(kid)) {
            add(path, ViolationCode.INVALID_KID, Messages.invalidKid(kid));
        }
    }

    void email(String path, String address) {
        if (address == null || !plain(path, address)) {
            return;
        }
        Optional<String> problem = EmailAddress.problem(address);
        problem.ifPresent(p -> add(path, ViolationCode.INVALID_EMAIL, Messages.invalidEmail(address, p)));
    }

    void country(String path, String country) {
        if (country != null && plain(path, country) && !COUNTRIES.contains(country)) {
            add(path, ViolationCode.INVALID_COUNTRY, Messages.invalidCountry(country));
        }
    }

    void norwegianPostalCode(String path, String postalCode) {
        if (required(path, postalCode) && plain(path, postalCode)
                && !NORWEGIAN_POSTAL_CODE.matcher(postalCode).matches()) {
            add(path, ViolationCode.INVALID_POSTAL_CODE, Messages.invalidPostalCode(postalCode));
        }
    }

    /**
     * More than zero, at most {@code integerDigits} digits before the decimal point, and no more decimals than the
     * currency's minor unit (trailing zeros do not count). Checks the size first, so that an amount such as
     * {@code 1E+10000000} is never written out.
     */
    void amount(String path, BigDecimal amount, Currency currency, int integerDigits, int decimalsWithoutMinorUnit) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            add(path, ViolationCode.NOT_POSITIVE, Messages.notPositive(amount));
        }
        long digitsBeforePoint = (long) amount.precision() - amount.scale();
        if (digitsBeforePoint > integerDigits) {
            add(path, ViolationCode.TOO_LARGE, Messages.tooLarge(amount, digitsBeforePoint, integerDigits));
            return;
        }
        int decimals = Math.max(amount.stripTrailingZeros().scale(), 0);
        // Currencies without minor units of their own (gold, SDR) report -1; they get a fixed limit instead.
        int allowed = currency == null ? -1 : currency.getDefaultFractionDigits();
        if (currency != null && allowed < 0) {
            allowed = decimalsWithoutMinorUnit;
        }
        if (allowed >= 0 && decimals > allowed) {
            add(path, ViolationCode.TOO_MANY_DECIMALS, Messages.tooManyDecimals(amount, currency, decimals, allowed));
        }
    }

    /** A whole number, when given, from {@code min} to {@code max}; {@code unit} says what it counts. */
    void range(String path, Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            add(path, ViolationCode.OUT_OF_RANGE, Messages.outOfRange(value, min, max, unit));
        }
    }

    /** The date at path must not be before {@code other}, described as for instance "the letter date". */
    void notBefore(String path, LocalDate date, String otherName, LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            add(path, ViolationCode.DATE_ORDER, Messages.before(date, otherName, other));
        }
    }

    /** The date at path must not be after {@code other}, described as for instance "the letter date". */
    void notAfter(String path, LocalDate date, String otherName, LocalDate other) {
        if (date != null && other != null && date.isAfter(other)) {
            add(path, ViolationCode.DATE_ORDER, Messages.after(date, otherName, other));
        }
    }

    /**
     * Bounds the list's length and visits each entry with its path ({@code path[i]}); null entries are reported as
     * {@link ViolationCode#REQUIRED} and not visited.
     */
    <T> void each(String path, List<T> list, int limit, BiConsumer<String, T> visit) {
        if (list.size() > limit) {
            add(path, ViolationCode.TOO_MANY, Messages.tooMany(list.size(), limit));
        }
        for (int i = 0; i < list.size(); i++) {
            String entryPath = path + "[" + i + "]";
            T entry = list.get(i);
            if (entry == null) {
                add(entryPath, ViolationCode.REQUIRED, Messages.EMPTY_ENTRY);
            } else {
                visit.accept(entryPath, entry);
            }
        }
    }

    /** Like {@link #each} for lists of texts, where a blank entry is as empty as a null one. */
    void eachText(String path, List<String> texts, int limit, int textLimit) {
        each(path, texts, limit, (entryPath, text) -> {
            if (text.isBlank()) {
                add(entryPath, ViolationCode.REQUIRED, Messages.EMPTY_ENTRY);
            } else {
                text(entryPath, text, textLimit);
            }
        });
    }
}
