package no.farvel.core.validation;

/** The kinds of fault {@link TerminationValidator} reports. The names are stable; programs may rely on them. */
public enum ViolationCode {
    /**
     * A required value is missing, or a required text is blank, or a list holds an empty (null or blank) entry.
     * Required: {@code id}, {@code locale}, {@code effectiveDate}; {@code provider} with {@code name},
     * {@code address} and {@code signatory.name}; {@code client} with {@code name} and {@code address}; in an
     * address {@code city}, and {@code postalCode} when the country is {@code NO} or not given; each reason's
     * {@code type}; each step's {@code date} and {@code description}; each final invoice's {@code number},
     * {@code issued}, {@code due}, {@code amount}, {@code currency} and {@code status}; each refund's
     * {@code description}, {@code amount} and {@code currency}; a transition contact's {@code name};
     * {@code provider.orgNumber} when {@code provider.businessRegister} or {@code provider.vatRegistered} is true;
     * the case notes' {@code decidedBy.name} when {@code decidedBy} is given.
     */
    REQUIRED,
    /**
     * The id is not 1–64 of {@code A-Z a-z 0-9 . _ -}, starts with {@code .}, ends in {@code .jsonl} (Farvel's own
     * {@code manifest.jsonl} and {@code delivery.jsonl}), ends with {@code .}, or is a Windows device name such as
     * {@code CON} or {@code nul.txt}; it names an output folder. See {@link RecordIds}.
     */
    INVALID_ID,
    /** An organisation number is not nine digits or fails its MOD11 check. */
    INVALID_ORG_NUMBER,
    /** A Norwegian bank account number is not eleven digits or fails its MOD11 check. */
    INVALID_ACCOUNT,
    /** A KID is not 2–25 digits or passes neither the MOD10 nor the MOD11 check. */
    INVALID_KID,
    /**
     * {@code provider.iban}, or a refund account that starts with two letters, is not a compact, upper-case IBAN
     * passing the mod 97 check.
     */
    INVALID_IBAN,
    /** {@code provider.bic} is not an 8- or 11-character BIC in capitals with a known country code. */
    INVALID_BIC,
    /** An e-mail address breaks the RFC 5322 addr-spec rules as {@code EmailAddress} applies them. */
    INVALID_EMAIL,
    /** An address country is not an ISO 3166-1 alpha-2 code such as {@code NO}. */
    INVALID_COUNTRY,
    /** A Norwegian address (country {@code NO} or not given) has a postal code that is not four digits. */
    INVALID_POSTAL_CODE,
    /**
     * A text holds a control character: U+0000–U+001F (tab, line feed, carriage return ...), U+007F–U+009F,
     * or the line and paragraph separators U+2028 and U+2029. Every text of a letter is plain, single-line text.
     */
    CONTROL_CHARACTER,
    /**
     * A text holds an invisible character that changes how it reads or hides a word: a Unicode format character
     * (category Cf) such as a zero-width space, soft hyphen, bidi override or isolate, byte order mark or word joiner;
     * a surrogate without its pair; or a noncharacter. The zero-width joiner and non-joiner are allowed between two
     * letters of a script that needs them, such as Arabic or Devanagari.
     */
    INVISIBLE_CHARACTER,
    /**
     * A text is longer than its limit, counted in characters: 200 for names, titles, address lines and other short
     * fields and the names of the people consulted; 2,000 for reason details and assessments, step and refund
     * descriptions, transition items, the personal note and the case notes' assessment and consequences.
     */
    TOO_LONG,
    /**
     * A list is longer than its limit: 500 final invoices; 100 reasons, steps taken, refunds or transition items;
     * 20 people consulted; 5 address lines.
     */
    TOO_MANY,
    /** A count is outside its range: the debrief is 1 to 365 days after the effective date. */
    OUT_OF_RANGE,
    /** An amount is zero or negative. */
    NOT_POSITIVE,
    /** An amount has more than 15 digits before the decimal point. */
    TOO_LARGE,
    /**
     * An amount has more decimals than its currency has minor units (two for NOK, none for JPY), or more than six
     * for a currency without minor units (such as XAU).
     */
    TOO_MANY_DECIMALS,
    /**
     * Two dates are in the wrong order: an invoice due before it was issued, an effective date before the letter
     * date, a step taken, a contract signed or a decision made after the letter date.
     */
    DATE_ORDER,
    /** The termination gives no reason; a letter must explain why the relationship ends. */
    NO_REASON,
    /** A reason of type {@code OTHER} has no detail, so the letter would have nothing to say about it. */
    DETAIL_REQUIRED,
    /**
     * The refunds set off ({@code settlement: SET_OFF}) in a currency come to more than the undisputed unpaid
     * invoices in that currency, or there are none to set them off against.
     */
    SET_OFF_TOO_LARGE
}
