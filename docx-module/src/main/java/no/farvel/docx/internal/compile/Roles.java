package no.farvel.docx.internal.compile;

import java.util.Locale;
import java.util.Map;

/**
 * What a Word style means in a letter, in one place: the paragraph styles that make headings, the recipient's address,
 * the signature, the letterhead and the date line, and the paragraph or character styles that mark the closing
 * sentences and the amounts to pay the guide check looks for. Names are matched without regard to case, spaces or
 * hyphens, and a style based on one of these takes its role.
 */
enum Roles {
    PARAGRAPH,
    HEADING_1,
    HEADING_2,
    HEADING_3,
    RECIPIENT,
    SIGNATURE,
    LETTERHEAD,
    /** The date and references: a letter's {@code <section class="meta">}. */
    DATE_LINE,
    THANKS,
    GOOD_WISHES,
    /** An amount the client is asked to pay, which the guide check makes sure holds nothing disputed. */
    PAYABLE;

    /**
     * The letter markup's role for text marked as thanks, good wishes or an amount to pay:
     * {@code <span data-role="thanks">}. The guide check confirms the closing by the first two and checks that the
     * third asks for nothing disputed (LETTER-MARKUP.md, "Roles").
     */
    static final Map<Roles, String> TEXT_ROLES = Map.of(THANKS, "thanks", GOOD_WISHES, "wishes", PAYABLE, "payable");

    // Word keeps its built-in styles' English names in the file whatever the language it shows them in; LibreOffice
    // writes its own names (Addressee, Sender). Norwegian names cover styles a team made itself.
    private static final Map<String, Roles> BY_NAME = Map.ofEntries(
            Map.entry("title", HEADING_1), Map.entry("heading1", HEADING_1), Map.entry("tittel", HEADING_1),
            Map.entry("overskrift1", HEADING_1),
            Map.entry("heading2", HEADING_2), Map.entry("subtitle", HEADING_2), Map.entry("overskrift2", HEADING_2),
            Map.entry("heading3", HEADING_3), Map.entry("heading4", HEADING_3), Map.entry("heading5", HEADING_3),
            Map.entry("overskrift3", HEADING_3), Map.entry("overskrift4", HEADING_3),
            Map.entry("recipient", RECIPIENT), Map.entry("addressee", RECIPIENT), Map.entry("address", RECIPIENT),
            Map.entry("insideaddress", RECIPIENT), Map.entry("envelopeaddress", RECIPIENT),
            Map.entry("mottaker", RECIPIENT), Map.entry("mottakar", RECIPIENT), Map.entry("adresse", RECIPIENT),
            Map.entry("signature", SIGNATURE), Map.entry("closing", SIGNATURE), Map.entry("signatur", SIGNATURE),
            Map.entry("underskrift", SIGNATURE),
            Map.entry("letterhead", LETTERHEAD), Map.entry("sender", LETTERHEAD), Map.entry("envelopereturn", LETTERHEAD),
            Map.entry("brevhode", LETTERHEAD), Map.entry("avsender", LETTERHEAD), Map.entry("avsendar", LETTERHEAD),
            Map.entry("date", DATE_LINE), Map.entry("dato", DATE_LINE),
            Map.entry("thanks", THANKS), Map.entry("takk", THANKS),
            Map.entry("goodwishes", GOOD_WISHES), Map.entry("wishes", GOOD_WISHES),
            Map.entry("godeønsker", GOOD_WISHES), Map.entry("godeønske", GOOD_WISHES),
            Map.entry("lykkeønskning", GOOD_WISHES), Map.entry("lykkeønske", GOOD_WISHES),
            Map.entry("payable", PAYABLE), Map.entry("amountdue", PAYABLE), Map.entry("åbetale", PAYABLE));

    /** The role a style of this name gives, or null when its name means nothing special. */
    static Roles ofStyleName(String name) {
        return name == null ? null : BY_NAME.get(normalize(name));
    }

    /** Whether a role marks text (closing sentences, an amount to pay), in runs as well as whole paragraphs. */
    boolean marksText() {
        return TEXT_ROLES.containsKey(this);
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
