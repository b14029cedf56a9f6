package no.farvel.docx.internal.compile;

/**
 * The character formatting of a piece of text that the letter keeps.
 *
 * @param href the link target, possibly holding fields such as {@code mailto:[=provider.email]}; null when not a link
 * @param role {@link Roles#THANKS}, {@link Roles#GOOD_WISHES} or {@link Roles#PAYABLE} when the text is marked as
 *             such; otherwise null
 */
record Format(boolean bold, boolean italic, boolean underline, String href, Roles role) {
    static final Format PLAIN = new Format(false, false, false, null, null);

    Format linkedTo(String target) {
        return new Format(bold, italic, underline, target, role);
    }

    Format markedAs(Roles role) {
        return new Format(bold, italic, underline, href, role);
    }
}
