package no.farvel.core;

/**
 * How the letter ends. Thanks, good wishes and the request to confirm receipt are on unless explicitly turned off.
 *
 * @param personalNote an optional sentence from the signatory, in the letter's language
 * @param confirmReceipt whether the letter asks the client to confirm that they received it
 */
public record Closing(Boolean thanks, Boolean wishWell, String personalNote, Boolean confirmReceipt) {
    /** Thanks, good wishes, a request to confirm receipt, no personal note. */
    public static final Closing DEFAULT = new Closing(true, true, null, true);

    /** Fills in what is not given: thanks, good wishes and the request to confirm receipt are on unless turned off. */
    public Closing {
        thanks = thanks == null ? Boolean.TRUE : thanks;
        wishWell = wishWell == null ? Boolean.TRUE : wishWell;
        confirmReceipt = confirmReceipt == null ? Boolean.TRUE : confirmReceipt;
    }

    /** A closing that asks the client to confirm receipt. */
    public Closing(Boolean thanks, Boolean wishWell, String personalNote) {
        this(thanks, wishWell, personalNote, null);
    }
}
