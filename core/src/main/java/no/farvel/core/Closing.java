package no.farvel.core;

/**
 * How the letter ends. Thanks and good wishes are on unless explicitly turned off.
 *
 * @param personalNote an optional sentence from the signatory, in the letter's language
 */
public record Closing(Boolean thanks, Boolean wishWell, String personalNote) {
    /** Thanks, good wishes, no personal note. */
    public static final Closing DEFAULT = new Closing(true, true, null);

    /** Fills in what is not given: thanks and good wishes are on unless turned off. */
    public Closing {
        thanks = thanks == null ? Boolean.TRUE : thanks;
        wishWell = wishWell == null ? Boolean.TRUE : wishWell;
    }
}
