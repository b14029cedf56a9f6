package no.farvel.localization.spi;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.farvel.localization.Addressee;
import no.farvel.localization.Gender;
import no.farvel.localization.Identifiers;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.NoBreakRule;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Salutation;
import no.farvel.localization.Stemmer;
import no.farvel.localization.UnitWords;

/**
 * One language letters can be written in: what it supplies so that Farvel can write and read its letters.
 *
 * <p>To add a language, implement this interface in a class with a public no-argument constructor and name that
 * class in {@code META-INF/services/no.farvel.localization.spi.LetterLanguage}; {@code LetterLocale.fromCode} then
 * finds it on the class path (or call {@code LetterLocale.register}). Everything a letter formats goes through the
 * module, which builds grouping, list joining, date recognition and no-break rules from what is given here, so an
 * implementation holds the language's words and conventions and no formatting machinery. The pack's
 * {@code messages_<code>.properties} hold the letter's sentences. Implementations must be immutable and
 * thread-safe.
 */
public interface LetterLanguage {
    /** The code input documents and bundle names use, such as {@code sv}: a BCP 47 tag, lower-case language first. */
    String code();

    /** The language's name in English, for messages to staff: {@code Swedish}. */
    String englishName();

    /**
     * The codes of the languages whose pack messages stand in for one this language lacks, nearest first. Nynorsk
     * gives {@code nb}; a language with no close relative gives none, so a missing message is an error, never
     * silently English.
     */
    default List<String> fallbacks() {
        return List.of();
    }

    /** The locale for libraries that want one, and for folding case. */
    default Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language tag a document carries, with the region word processors expect: {@code sv-SE}. */
    default String documentLanguageTag() {
        return code();
    }

    // ----- dates -----

    /** The twelve month names as running text writes them, January first: {@code januari, februari, ...}. */
    List<String> monthNames();

    /** The twelve short month names for tables; by default the first three letters of each name. */
    default List<String> monthAbbreviations() {
        return monthNames().stream().map(m -> m.substring(0, Math.min(3, m.length()))).toList();
    }

    /** A date in running text: {@code 28 november 2026}. */
    String dateInText(LocalDate date);

    /** A date in a table column: {@code 2026-11-28}. */
    String dateInTable(LocalDate date);

    /**
     * Ways of writing a date that the module does not derive from the month names (the day before or after the
     * month, with or without a full stop, abbreviated or not, and the numeric forms are derived), for recognising
     * the date in rendered text: English gives {@code 28th February 2027}.
     */
    default List<String> otherDateSpellings(LocalDate date) {
        return List.of();
    }

    // ----- numbers and amounts -----

    /** The decimal separator: {@code ,}. */
    char decimalSeparator();

    /** The thousands separator; use a no-break space (U+00A0) rather than a space, so amounts never break. */
    char groupingSeparator();

    /**
     * An amount in running text from its ready-grouped digits (sign included): {@code 12 400,00 kr}. By default the
     * ISO code comes first with a no-break space: {@code EUR 990,00}.
     */
    default String amountInText(String digits, Currency currency) {
        return currency.getCurrencyCode() + '\u00A0' + digits;
    }

    /** An amount in a table column, so the digits line up: {@code kr 12 400,00}; by default as in running text. */
    default String amountInTable(String digits, Currency currency) {
        return amountInText(digits, currency);
    }

    // ----- identifiers: Norwegian ones and IBAN, printed the same in every built-in language -----

    /** A nine-digit organisation number as printed: {@code 952 601 814}. */
    default String organisationNumber(String nineDigits) {
        return Identifiers.organisationNumber(nineDigits);
    }

    /** An eleven-digit bank account number as printed: {@code 1503 96 03087}. */
    default String accountNumber(String elevenDigits) {
        return Identifiers.accountNumber(elevenDigits);
    }

    /** An IBAN as printed, in groups of four: {@code NO93 8601 1117 947}. */
    default String iban(String compactIban) {
        return Identifiers.iban(compactIban);
    }

    /** A KID (Norwegian payment reference) as printed: as given, since banks read it digit for digit. */
    default String kid(String kid) {
        return kid;
    }

    // ----- words -----

    /**
     * A whole number from 0 to 99 in words, agreeing with the gender of the noun it counts where the language
     * inflects "one": {@code en, ett, två, ...}.
     */
    String cardinal(int number, Gender gender);

    /** The largest count running text writes in words rather than digits, by the language's usual style rule. */
    int wordsUpTo();

    /** A unit of time as the language inflects it: {@code månad, månader, månads, månaders}, and its gender. */
    UnitWords unit(PeriodUnit unit);

    /** The word joining the last two items of a list: {@code och}. */
    String and();

    /** The word between alternatives: {@code eller}. */
    String or();

    /** An invoice's state as a table's status column prints it: {@code Förfallen}. */
    String invoiceStatus(InvoiceState state);

    /** Courtesy titles that may open a person's name in this language, without full stops: {@code Mr, Ms, Dr}. */
    default Set<String> courtesyTitles() {
        return Set.of();
    }

    /** The greeting and the matching complimentary close for a letter to this addressee. */
    Salutation salutation(Addressee addressee);

    /**
     * Message texts the language supplies when a pack has none of its own, by key: {@code mail.attachment} (the
     * attached letter's file name, with {@code {sender}}) at least. Status words come from
     * {@link #invoiceStatus} under {@code invoices.status.<STATE>} without being listed here.
     */
    default Map<String, String> defaultMessages() {
        return Map.of();
    }

    // ----- text analysis, for the guide check -----

    /** The stemmer the guide check uses for this language. */
    default Stemmer stemmer() {
        return Stemmer.NONE;
    }

    /**
     * Sequences that must not break across lines beyond those the module derives (dates from the month names,
     * amounts, numbers with units, identifiers, invoice numbers, phone numbers).
     */
    default List<NoBreakRule> extraNoBreakRules() {
        return List.of();
    }
}
