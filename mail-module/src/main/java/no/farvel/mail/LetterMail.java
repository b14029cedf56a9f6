package no.farvel.mail;

import java.net.IDN;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Pattern;
import no.farvel.core.Client;
import no.farvel.core.Provider;
import no.farvel.core.Termination;
import no.farvel.core.digest.Sha256;
import no.farvel.localization.MessageBundles;
import no.farvel.mail.internal.LetterImages;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.document.Image;

/**
 * Makes the e-mail that carries a termination letter: from the provider to the client, the letter as text and HTML,
 * its images inline, the PDF (and, when asked, the DOCX) attached under a name in the letter's language.
 *
 * <pre>{@code
 * RenderedLetter letter = Farvel.builder().build().render(termination);
 * LetterEmail email = LetterMail.compose(letter, termination, MailOptions.defaults());
 * EmlWriter.write(email, Path.of("out", termination.id(), "letter.eml"));
 * }</pre>
 */
public final class LetterMail {
    private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern UNSAFE_IN_CONTENT_ID = Pattern.compile("[^A-Za-z0-9_-]+");

    private LetterMail() {
    }

    /**
     * The e-mail for a rendered letter. The same letter and options give the same message, byte for byte: dated by
     * the letter's date unless the options fix a date (sending dates it anew), with boundaries and Content-IDs taken
     * from the Message-ID.
     *
     * @throws IllegalArgumentException when the letter was rendered from another termination, or the provider or the
     *     client has no e-mail address
     */
    public static LetterEmail compose(RenderedLetter letter, Termination termination, MailOptions options) {
        Objects.requireNonNull(letter, "The parameter 'letter' must not be null");
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(options, "The parameter 'options' must not be null");
        if (!letter.id().equals(termination.id()) || letter.locale() != termination.locale()) {
            throw new IllegalArgumentException("The letter was rendered from termination '" + letter.id() + "' ("
                    + letter.locale() + "), not from '" + termination.id() + "' (" + termination.locale() + "); render"
                    + " this termination's own letter before composing its e-mail");
        }
        Provider provider = termination.provider();
        Client client = termination.client();
        if (provider == null || blank(provider.email())) {
            throw new IllegalArgumentException("Termination '" + termination.id() + "': provider.email is missing;"
                    + " the letter cannot be sent without a sender address");
        }
        if (client == null || blank(client.email())) {
            throw new IllegalArgumentException("Termination '" + termination.id() + "': client.email is missing;"
                    + " add it to send the letter by e-mail, or send the PDF by post");
        }
        MailAddress from = new MailAddress(provider.email().strip(), provider.name());
        LetterEmail.Builder email = LetterEmail.builder()
                .from(from)
                .replyTo(options.replyTo().orElse(null))
                .to(new MailAddress(client.email().strip(), client.name()))
                .subject(letter.subject())
                .text(letter.text())
                .messageId(messageId(termination.id(), from.domain()))
                .date(options.date().orElseGet(() -> letterDate(termination)));
        options.cc().forEach(email::cc);
        options.bcc().forEach(email::bcc);
        String messageId = messageId(termination.id(), from.domain());
        String html = letter.html();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, Image> image : LetterImages.of(letter.document()).entrySet()) {
            String shown = "src=\"cid:" + URLEncoder.encode(image.getKey(), StandardCharsets.UTF_8)
                    .replace("+", "%20") + "\"";
            if (html.contains(shown)) {
                String cid = contentId(image.getKey(), messageId, used);
                html = html.replace(shown, "src=\"cid:" + cid + "\"");
                String src = image.getValue().src();
                email.inlineImage(cid, LetterImages.mediaType(src), letter.image(src));
            }
        }
        email.html(html);
        String name = attachmentName(termination);
        email.attachment(name + ".pdf", "application/pdf", letter.pdf());
        if (options.attachDocx()) {
            email.attachment(name + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter.docx());
        }
        return email.build();
    }

    /**
     * The stable Message-ID of a termination's letter: {@code <termination.ID@DOMAIN>}, so that a resent letter is
     * recognisable as the same one. An id or domain that cannot stand in a Message-ID is replaced by its hash.
     */
    public static String messageId(String terminationId, String domain) {
        Objects.requireNonNull(terminationId, "The parameter 'terminationId' must not be null");
        Objects.requireNonNull(domain, "The parameter 'domain' must not be null");
        String left = "termination." + terminationId;
        if (!DOT_ATOM.matcher(left).matches()) {
            left = "termination." + sha256(terminationId).substring(0, 32);
        }
        String right;
        try {
            right = IDN.toASCII(domain).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            right = "";
        }
        if (!DOT_ATOM.matcher(right).matches()) {
            right = sha256(domain).substring(0, 16) + ".invalid";
        }
        return "<" + left + "@" + right + ">";
    }

    /**
     * A Content-ID unique to this message and image, and the same every time: the image's name at the Message-ID
     * made into a domain, {@code logo.png@termination.acme.nordlys.example} (RFC 2392 wants it unique world-wide).
     */
    private static String contentId(String name, String messageId, Set<String> used) {
        String safe = UNSAFE_IN_CONTENT_ID.matcher(name).replaceAll(".").replaceAll("\\.{2,}", ".")
                .replaceAll("^\\.|\\.$", "");
        String base = safe.isEmpty() ? "image" : safe;
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate + "@" + messageId.substring(1, messageId.length() - 1).replace('@', '.');
    }

    /** Noon UTC on the letter's date, a time that shows that date in every time zone from UTC-11 to UTC+11. */
    private static ZonedDateTime letterDate(Termination termination) {
        return termination.letterDate().atTime(LocalTime.NOON).atZone(ZoneOffset.UTC);
    }

    /** The attachment name without extension, in the letter's language: {@code Oppseiing frå Nordlys AS}. */
    static String attachmentName(Termination termination) {
        String provider = termination.provider().name() == null ? "" : termination.provider().name();
        String pattern = MessageBundles.defaultText(termination.locale(), "mail.attachment").orElse("{sender}");
        String name = UNSAFE_IN_FILE_NAME.matcher(pattern.replace("{sender}", provider)).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        return name.length() > 120 ? name.substring(0, 120).strip() : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String sha256(String s) {
        return Sha256.hex(s.getBytes(StandardCharsets.UTF_8));
    }
}
