package no.farvel.mail;

import no.farvel.mail.internal.HeaderValues;

/**
 * An e-mail address with an optional display name, such as {@code "Nordlys Consulting AS" <hello@nordlys.example>}.
 *
 * @param email the address itself, {@code local@domain}
 * @param name the display name, or null
 */
public record MailAddress(String email, String name) {
    public MailAddress {
        HeaderValues.requireAddress(email, "e-mail address");
        if (name != null && name.isBlank()) {
            name = null;
        }
        HeaderValues.requireSingleLine(name, "display name of " + email);
    }

    /** An address without a display name. */
    public static MailAddress of(String email) {
        return new MailAddress(email, null);
    }

    /** The domain part, lower-cased: {@code nordlys.example}. */
    public String domain() {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return name == null ? email : name + " <" + email + ">";
    }
}
