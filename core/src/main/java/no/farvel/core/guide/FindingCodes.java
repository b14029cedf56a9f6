package no.farvel.core.guide;

import java.util.Map;

/**
 * The stable codes of guide-check findings. Each code always comes with the same {@link Severity}, given here.
 *
 * <p>ERROR means the letter breaks the guidance outright or contradicts its own data; WARNING means a careful reader
 * should look, because the guidance recommends otherwise or a word list may be wrong about this sentence.
 */
public final class FindingCodes {
    /** ERROR: no effective date, so the letter cannot state when the decision takes effect. */
    public static final String MISSING_EFFECTIVE_DATE = "MISSING_EFFECTIVE_DATE";
    /** ERROR: the effective date is before the letter date. */
    public static final String EFFECTIVE_BEFORE_LETTER = "EFFECTIVE_BEFORE_LETTER";
    /** ERROR: the termination gives no reason. */
    public static final String MISSING_REASON = "MISSING_REASON";
    /** ERROR: a reason of type OTHER has no detail, so the letter would state no reason for it. */
    public static final String REASON_WITHOUT_DETAIL = "REASON_WITHOUT_DETAIL";
    /** WARNING: no steps taken; the guidance recommends saying what was done to resolve the matter. */
    public static final String NO_STEPS_TAKEN = "NO_STEPS_TAKEN";
    /** WARNING: a step taken is dated after the letter, though the letter reports it as already done. */
    public static final String STEP_AFTER_LETTER = "STEP_AFTER_LETTER";
    /** WARNING: no final invoices, refunds or transition, so the client learns nothing about winding down. */
    public static final String NO_WIND_DOWN = "NO_WIND_DOWN";
    /** WARNING: the closing turns thanks off; the guidance recommends thanking the client. */
    public static final String NO_THANKS = "NO_THANKS";
    /** WARNING: the closing turns good wishes off; the guidance recommends wishing the client well. */
    public static final String NO_GOOD_WISHES = "NO_GOOD_WISHES";
    /** ERROR: the rendered letter does not mention the effective date in any usual format: the template lost it. */
    public static final String EFFECTIVE_DATE_NOT_RENDERED = "EFFECTIVE_DATE_NOT_RENDERED";
    /**
     * ERROR: the closing asks for thanks but the rendered letter has no non-empty part marked
     * {@code data-role="thanks"}, though the template marks closing roles: the template lost them.
     */
    public static final String THANKS_NOT_RENDERED = "THANKS_NOT_RENDERED";
    /** ERROR: as {@link #THANKS_NOT_RENDERED}, for good wishes ({@code data-role="wishes"}). */
    public static final String GOOD_WISHES_NOT_RENDERED = "GOOD_WISHES_NOT_RENDERED";
    /**
     * WARNING: the closing asks for thanks, the template marks no closing roles, and no usual words of thanks were
     * found; a pack without roles can only be judged by words, which may miss its own wording.
     */
    public static final String THANKS_UNCONFIRMED = "THANKS_UNCONFIRMED";
    /** WARNING: as {@link #THANKS_UNCONFIRMED}, for good wishes. */
    public static final String GOOD_WISHES_UNCONFIRMED = "GOOD_WISHES_UNCONFIRMED";
    /** WARNING: the effective date is before the contract's notice period ends, and the termination is not for cause. */
    public static final String NOTICE_PERIOD_SHORT = "NOTICE_PERIOD_SHORT";
    /** WARNING: the hand-over is dated before the effective date, while the contract still runs. */
    public static final String HANDOVER_BEFORE_EFFECTIVE = "HANDOVER_BEFORE_EFFECTIVE";
    /** ERROR: wording that puts the blame on the client ("your fault", "deres skyld"). */
    public static final String BLAME = "BLAME";
    /** ERROR: wording that insults the client ("incompetent", "inkompetente"). */
    public static final String INSULT = "INSULT";
    /** ERROR: contempt for the client ("good riddance", "takk for ingenting", "if its life depended on it"). */
    public static final String CONTEMPT = "CONTEMPT";
    /** ERROR: sarcasm aimed at the client ("congratulations on finally paying", "for en prestasjon"). */
    public static final String SARCASM = "SARCASM";
    /**
     * ERROR: a negative evaluation of the client's people, competence, honesty, intentions or conduct ("dere er ikke
     * til å stole på", "your team is careless"), found as a reference to the recipient and an evaluation in one clause.
     */
    public static final String CHARACTERISATION = "CHARACTERISATION";
    /** ERROR: hostile wording about the client or their conduct ("disgraceful", "nok er nok", threats). */
    public static final String HOSTILE = "HOSTILE";
    /** WARNING: wording that accuses the client ("you failed", "dere har sviktet"); state the facts instead. */
    public static final String ACCUSATION = "ACCUSATION";
    /** WARNING: shouting: a whole word in capitals that is no known abbreviation or name, or "!!" and more. */
    public static final String SHOUTING = "SHOUTING";
    /**
     * WARNING: a text field seems to be written in another language than the letter (a Norwegian contract title or
     * job title in an English letter, English text in a Norwegian one), so the letter would mix languages.
     */
    public static final String WRONG_LANGUAGE = "WRONG_LANGUAGE";
    /** WARNING: the provider has no organisation number; a business letter names the sender's. */
    public static final String PROVIDER_WITHOUT_ORG_NUMBER = "PROVIDER_WITHOUT_ORG_NUMBER";
    /**
     * ERROR: the rendered letter asks the client to pay an amount that includes disputed invoices: a part marked
     * {@code data-role="payable"} states a disputed amount or a total with one in it, or, in a letter whose template
     * marks no such part, a total of undisputed and disputed invoices appears anywhere.
     */
    public static final String DISPUTED_REQUESTED = "DISPUTED_REQUESTED";
    /**
     * WARNING: the letter asks for payment but the provider lacks what the client needs to pay: an IBAN and a BIC
     * ({@code provider.iban}, {@code provider.bic}) for a client abroad or a currency other than NOK, a Norwegian
     * account number ({@code provider.bankAccount}) for kroner paid from Norway.
     */
    public static final String PAYMENT_DETAILS_MISSING = "PAYMENT_DETAILS_MISSING";

    /**
     * WARNING: a field holds a character that none of the letter's fonts can draw (an emoji, a rare script); the PDF
     * shows a replacement mark in its place.
     */
    public static final String MISSING_GLYPH = "MISSING_GLYPH";

    private static final Map<String, Severity> SEVERITIES = Map.ofEntries(
            Map.entry(MISSING_EFFECTIVE_DATE, Severity.ERROR),
            Map.entry(EFFECTIVE_BEFORE_LETTER, Severity.ERROR),
            Map.entry(MISSING_REASON, Severity.ERROR),
            Map.entry(REASON_WITHOUT_DETAIL, Severity.ERROR),
            Map.entry(NO_STEPS_TAKEN, Severity.WARNING),
            Map.entry(STEP_AFTER_LETTER, Severity.WARNING),
            Map.entry(NO_WIND_DOWN, Severity.WARNING),
            Map.entry(NO_THANKS, Severity.WARNING),
            Map.entry(NO_GOOD_WISHES, Severity.WARNING),
            Map.entry(EFFECTIVE_DATE_NOT_RENDERED, Severity.ERROR),
            Map.entry(THANKS_NOT_RENDERED, Severity.ERROR),
            Map.entry(GOOD_WISHES_NOT_RENDERED, Severity.ERROR),
            Map.entry(THANKS_UNCONFIRMED, Severity.WARNING),
            Map.entry(GOOD_WISHES_UNCONFIRMED, Severity.WARNING),
            Map.entry(NOTICE_PERIOD_SHORT, Severity.WARNING),
            Map.entry(HANDOVER_BEFORE_EFFECTIVE, Severity.WARNING),
            Map.entry(BLAME, Severity.ERROR),
            Map.entry(INSULT, Severity.ERROR),
            Map.entry(CONTEMPT, Severity.ERROR),
            Map.entry(SARCASM, Severity.ERROR),
            Map.entry(CHARACTERISATION, Severity.ERROR),
            Map.entry(HOSTILE, Severity.ERROR),
            Map.entry(ACCUSATION, Severity.WARNING),
            Map.entry(SHOUTING, Severity.WARNING),
            Map.entry(WRONG_LANGUAGE, Severity.WARNING),
            Map.entry(PROVIDER_WITHOUT_ORG_NUMBER, Severity.WARNING),
            Map.entry(DISPUTED_REQUESTED, Severity.ERROR),
            Map.entry(PAYMENT_DETAILS_MISSING, Severity.WARNING),
            Map.entry(MISSING_GLYPH, Severity.WARNING));

    private FindingCodes() {
    }

    /** The severity that always goes with a code; throws {@link IllegalArgumentException} for an unknown code. */
    public static Severity severityOf(String code) {
        Severity severity = code == null ? null : SEVERITIES.get(code);
        if (severity == null) {
            throw new IllegalArgumentException("'" + code + "' is not a guide-check finding code; use one of "
                    + String.join(", ", new java.util.TreeSet<>(SEVERITIES.keySet())));
        }
        return severity;
    }
}
