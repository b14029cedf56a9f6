package no.farvel.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import no.farvel.mail.DkimSigning;
import no.farvel.mail.MailAddress;

/**
 * A message as it goes on the wire: the .eml's bytes with the Date of sending, the Reply-To asked for, no Bcc header,
 * signed with DKIM when asked, CRLF line ends throughout. Its envelope comes from the .eml's From, To, Cc and Bcc.
 *
 * @param messageId the Message-ID with angle brackets
 * @param from the envelope sender
 * @param recipients every envelope recipient
 * @param bytes what is sent between DATA and the final dot (before dot-stuffing)
 */
public record OutgoingMessage(String messageId, String from, List<String> recipients, byte[] bytes) {
    private static final Session PARSING = Session.getInstance(MimeComposer.properties());

    /** The envelope and identity of an .eml file, without preparing it for sending. */
    public static OutgoingMessage read(byte[] eml) {
        MimeMessage message = parse(eml);
        return new OutgoingMessage(messageId(message), from(message), recipients(message), eml);
    }

    /**
     * Prepares an .eml file for sending now.
     *
     * @throws IllegalArgumentException saying what is missing or unreadable, as a sentence without its subject
     *     ("has no From address")
     */
    public static OutgoingMessage prepare(byte[] eml, ZonedDateTime now, MailAddress replyTo, DkimSigning dkim) {
        MimeMessage message = parse(eml);
        String messageId = messageId(message);
        String from = from(message);
        List<String> recipients = recipients(message);
        try {
            message.setHeader("Date", MailDates.format(now));
            if (replyTo != null) {
                message.setReplyTo(new Address[] {MimeComposer.address(replyTo)});
            }
            message.removeHeader("Bcc");
            ByteArrayOutputStream out = new ByteArrayOutputStream(eml.length + 1024);
            if (dkim != null) {
                DkimStamp.sign(message, dkim).writeTo(out);
            } else {
                message.writeTo(out);
            }
            return new OutgoingMessage(messageId, from, recipients, crlf(out.toByteArray()));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The message " + messageId + " cannot be prepared for sending: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage parse(byte[] eml) {
        try {
            return new MimeMessage(PARSING, new ByteArrayInputStream(eml));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("is not an RFC 5322 message: " + e.getMessage(), e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("has no Message-ID; write it with EmlWriter, which sets a stable"
                        + " one");
            }
            return id.strip();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("has a Message-ID that cannot be read: " + e.getMessage(), e);
        }
    }

    private static String from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length == 0) {
                throw new IllegalArgumentException("has no From address");
            }
            return ((InternetAddress) from[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("has a From address that cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            List<String> recipients = all == null ? List.of()
                    : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("has no To, Cc or Bcc recipient");
            }
            return recipients;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("has recipients that cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every line ending as CRLF and a CRLF at the end, as SMTP carries it; servers refuse bare LF. */
    private static byte[] crlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            } else if (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                out.write('\r');
                out.write('\n');
                continue;
            }
            out.write(b);
        }
        byte[] lines = out.toByteArray();
        if (lines.length >= 2 && lines[lines.length - 1] == '\n') {
            return lines;
        }
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }
}
