package no.farvel.mail;

import java.net.IDN;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import no.farvel.core.Client;
import no.farvel.core.Provider;
import no.farvel.core.Termination;
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

    private LetterMail() {
    }

    /**
     * The e-mail for a rendered letter.
     *
     * @throws IllegalArgumentException when the provider or the client has no e-mail address
     */
    public static LetterEmail compose(RenderedLetter letter, Termination termination, MailOptions options) {
        Objects.requireNonNull(letter, "The parameter 'letter' must not be null");
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(options, "The parameter 'options' must not be null");
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
                .date(options.date().orElseGet(ZonedDateTime::now));
        options.cc().forEach(email::cc);
        options.bcc().forEach(email::bcc);
        String html = letter.html();
        email.html(html);
        for (Map.Entry<String, Image> image : LetterImages.of(letter.document()).entrySet()) {
            String cid = URLEncoder.encode(image.getKey(), StandardCharsets.UTF_8).replace("+", "%20");
            if (html.contains("cid:" + cid)) {
                String src = image.getValue().src();
                email.inlineImage(image.getKey(), LetterImages.mediaType(src), letter.image(src));
            }
        }
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
