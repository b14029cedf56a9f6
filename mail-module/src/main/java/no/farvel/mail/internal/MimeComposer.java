package no.farvel.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.Attachment;
import no.farvel.mail.InlineImage;
import no.farvel.mail.LetterEmail;
import no.farvel.mail.MailAddress;

/**
 * Turns a {@link LetterEmail} into MIME: multipart/mixed [ multipart/alternative [ text/plain, multipart/related [
 * text/html, images ] ], attachments ]. Parts that would be empty are left out rather than written hollow. The same
 * message always gives the same bytes: the boundaries come from the Message-ID, not from chance.
 */
public final class MimeComposer {
    private static final String UTF_8 = "UTF-8";
    private static final Session SESSION = Session.getInstance(properties());
    /** RFC 2045's base64: lines of at most 76 characters ended by CRLF. */
    private static final int LINE = 76;
    /** The primary types Jakarta Mail encodes like any binary data (text, message and multipart it treats apart). */
    private static final Set<String> SIMPLE_TYPES = Set.of("application", "image", "audio", "video", "font", "model");
    private static final Base64.Encoder MIME_BASE64 = Base64.getMimeEncoder(LINE, new byte[] {'\r', '\n'});

    private MimeComposer() {
    }

    /** Properties every Farvel session shares: UTF-8 text, RFC 2231 parameters, strict addresses. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.charset", UTF_8);
        // RFC 2231 (filename*=UTF-8''...) for non-ASCII file names; RFC 2047 inside parameters is not a standard.
        p.setProperty("mail.mime.encodeparameters", "true");
        p.setProperty("mail.mime.encodefilename", "false");
        p.setProperty("mail.mime.address.strict", "true");
        return p;
    }

    /** The message as RFC 5322 bytes with CRLF line ends. */
    public static byte[] toBytes(LetterEmail email) {
        try {
            MimeMessage message = compose(email);
            // The JDK's buffer, although it takes a lock per byte: under C1, commons-io's unsynchronised one took three
            // times as long per byte (its write goes through more calls than C1 inlines; JFR of 1,000 letters).
            ByteArrayOutputStream out = new ByteArrayOutputStream(sizeOf(email));
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("Composing " + email.messageId() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * About the size of the message's bytes, a little over rather than under, so that the buffer it is written to is
     * not grown and copied on the way: files and images in base64 (four bytes for three, and a line end for 57), text
     * about three times its characters (quoted-printable of mostly ASCII UTF-8; a typographic quote takes nine bytes,
     * and a longer text only means the buffer grows once), and room for the headers.
     */
    private static int sizeOf(LetterEmail email) {
        long files = 0;
        for (Attachment attachment : email.attachments()) {
            files += attachment.bytes().length + 1024;
        }
        for (InlineImage image : email.inlineImages()) {
            files += image.bytes().length + 1024;
        }
        long text = email.text().length() + email.html().map(String::length).orElse(0);
        long size = files * 4 / 3 + files / 57 * 2 + text * 3 + 16 * 1024;
        return (int) Math.min(size, Integer.MAX_VALUE - 16);
    }

    private static MimeMessage compose(LetterEmail email) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(SESSION, email.messageId());
        message.setHeader("Date", MailDates.format(email.date()));
        message.setFrom(address(email.from()));
        if (email.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] {address(email.replyTo().get())});
        }
        message.setRecipients(MimeMessage.RecipientType.TO, addresses(email.to()));
        message.setRecipients(MimeMessage.RecipientType.CC, addresses(email.cc()));
        message.setRecipients(MimeMessage.RecipientType.BCC, addresses(email.bcc()));
        message.setSubject(email.subject(), UTF_8);

        MimeBodyPart body = bodies(email);
        if (email.attachments().isEmpty()) {
            if (body.getContent() instanceof MimeMultipart alternative) {
                message.setContent(alternative);
            } else {
                setText(message, email.text(), "plain");
            }
        } else {
            MimeMultipart mixed = multipart("mixed", email);
            mixed.addBodyPart(body);
            for (Attachment attachment : email.attachments()) {
                MimeBodyPart part = filePart(attachment.bytes(), attachment.mediaType(), null);
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart bodies(LetterEmail email) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        setText(text, email.text(), "plain");
        if (email.html().isEmpty()) {
            return text;
        }
        MimeBodyPart html = new MimeBodyPart();
        setText(html, email.html().get(), "html");
        MimeBodyPart shown = html;
        if (!email.inlineImages().isEmpty()) {
            MimeMultipart related = multipart("related", email);
            related.addBodyPart(html);
            for (InlineImage image : email.inlineImages()) {
                MimeBodyPart part = filePart(image.bytes(), image.mediaType(), image.contentId());
                part.setContentID("<" + image.contentId() + ">");
                part.setDisposition(MimeBodyPart.INLINE);
                String cid = image.contentId();
                part.setFileName(cid.contains("@") ? cid.substring(0, cid.indexOf('@')) : cid);
                related.addBodyPart(part);
            }
            shown = new MimeBodyPart();
            shown.setContent(related);
        }
        MimeMultipart alternative = multipart("alternative", email);
        alternative.addBodyPart(text);
        alternative.addBodyPart(shown);
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(alternative);
        return part;
    }

    /**
     * A part holding a file or image. Jakarta Mail sends one of a simple type (application, image, audio, video,
     * font, model) with a byte outside US-ASCII's printable range (a PDF, DOCX or PNG has one in its first bytes) in
     * base64; such a part is encoded here as Jakarta Mail would (lines of 76 characters with CRLF between them, and
     * after the last one only when it is full; the multipart's delimiter brings the CRLF before it), by the JDK's
     * encoder over the whole array: Jakarta Mail's encoding stream, which goes through several calls per byte, took a
     * fifth of an e-mail's time in a batch under the quick compiler C1. Only when its headers are ASCII (the type and
     * {@code contentId}; a file name is written in RFC 2231's ASCII form), since a pre-encoded part writes its headers
     * a byte per character where Jakarta Mail writes UTF-8. Any other part, text, message and multipart types
     * included, is left to Jakarta Mail. The message's bytes are the same either way ({@code Base64PartTest}).
     *
     * @param contentId the image's Content-ID, or null for an attachment
     */
    static MimeBodyPart filePart(byte[] bytes, String mediaType, String contentId) throws MessagingException {
        MimeBodyPart part;
        String primary = new ContentType(mediaType).getPrimaryType().toLowerCase(Locale.ROOT);
        if (hasNonAscii(bytes) && SIMPLE_TYPES.contains(primary) && isAscii(mediaType)
                && (contentId == null || isAscii(contentId))) {
            byte[] encoded = MIME_BASE64.encode(bytes);
            if (4 * ((bytes.length + 2) / 3) % LINE == 0) {
                // Jakarta Mail ends each full line as it writes it, the last one too.
                encoded = Arrays.copyOf(encoded, encoded.length + 2);
                encoded[encoded.length - 2] = '\r';
                encoded[encoded.length - 1] = '\n';
            }
            part = new PreencodedMimeBodyPart("base64");
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(encoded, mediaType)));
            // Set before the message is saved, so Jakarta Mail does not read the whole encoded text to choose one.
            part.setHeader("Content-Transfer-Encoding", "base64");
        } else {
            part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, mediaType)));
        }
        return part;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    /** Whether a byte of {@code bytes} is one Jakarta Mail counts as non-ASCII ({@link #countsAsNonAscii}). */
    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (countsAsNonAscii(b & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    /** What Jakarta Mail counts as non-ASCII: DEL and above, and the control characters but CR, LF and tab. */
    private static boolean countsAsNonAscii(int c) {
        return c >= 0x7F || c < 0x20 && c != '\r' && c != '\n' && c != '\t';
    }

    /**
     * The Content-Transfer-Encoding Jakarta Mail chooses for a text part in UTF-8 ({@code MimeUtility.getEncoding}:
     * 7bit when every byte is US-ASCII and no line is longer than 998 bytes, quoted-printable when US-ASCII bytes
     * are the majority, base64 otherwise; DEL and control characters but CR, LF and tab count as non-ASCII), found
     * in one pass over the characters. Jakarta Mail finds it by encoding the whole text once more before it writes
     * it, a sixth of the time an e-mail took in a batch. Empty for a text with a surrogate, which is left to Jakarta
     * Mail.
     */
    static Optional<String> transferEncoding(String text) {
        long ascii = 0;
        long nonAscii = 0;
        long lineBytes = 0;
        boolean longLine = false;
        // One copy of the characters, read from an array: a charAt per character costs several times as much under C1.
        for (char c : text.toCharArray()) {
            int bytes;
            if (c < 0x80) {
                bytes = 1;
                if (c == '\r' || c == '\n') {
                    lineBytes = 0;
                    bytes = 0;
                }
                if (countsAsNonAscii(c)) {
                    nonAscii++;
                } else {
                    ascii++;
                }
            } else if (Character.isSurrogate(c)) {
                return Optional.empty();
            } else {
                bytes = c < 0x800 ? 2 : 3;
                nonAscii += bytes;
            }
            lineBytes += bytes;
            longLine |= lineBytes > 998;
        }
        if (nonAscii == 0) {
            return Optional.of(longLine ? "quoted-printable" : "7bit");
        }
        return Optional.of(ascii > nonAscii ? "quoted-printable" : "base64");
    }

    /** The part's text in UTF-8, with the transfer encoding Jakarta Mail would choose already set. */
    private static void setText(MimePart part, String text, String subtype) throws MessagingException {
        part.setText(text, UTF_8, subtype);
        Optional<String> encoding = transferEncoding(text);
        if (encoding.isPresent()) {
            part.setHeader("Content-Transfer-Encoding", encoding.get());
        }
    }

    /**
     * A multipart whose boundary is derived from the Message-ID and the subtype. It starts with {@code =_}, which
     * neither base64 nor quoted-printable can produce, so no part's content can hold it.
     */
    private static MimeMultipart multipart(String subtype, LetterEmail email) {
        String boundary = "=_farvel_" + subtype + "_" + Sha256.hex((email.messageId() + "/" + subtype)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
        return new FixedBoundary(subtype, boundary);
    }

    /** The address in a header: UTF-8 display name in RFC 2047 where needed. */
    public static InternetAddress address(MailAddress address) {
        try {
            return new InternetAddress(address.email(), address.name(), UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static InternetAddress[] addresses(List<MailAddress> list) {
        return list.isEmpty() ? null : list.stream().map(MimeComposer::address).toArray(InternetAddress[]::new);
    }

    /** A multipart with a boundary we chose; Jakarta Mail would otherwise pick a random one. */
    private static final class FixedBoundary extends MimeMultipart {
        FixedBoundary(String subtype, String boundary) {
            super(subtype);
            ContentType type = new ContentType("multipart", subtype, null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }

    /** Keeps the Message-ID we chose; Jakarta Mail would otherwise invent a new one on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
