package no.farvel.mail;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.farvel.mail.internal.HeaderValues;

/**
 * One e-mail, ready to be written as an .eml file or sent. Immutable; made only by {@link #builder()}, which refuses
 * a message that could not be delivered and says how to fix it.
 */
public final class LetterEmail {
    /** Refused when no sender was given. */
    public static final String MISSING_SENDER = "missing sender. Provide with LetterEmail.builder().from(...)";
    /** Refused when there is nobody to send to. */
    public static final String MISSING_RECIPIENT =
            "missing recipient. Provide with LetterEmail.builder().to(...), cc(...) or bcc(...)";
    /** Refused without a subject. */
    public static final String MISSING_SUBJECT = "missing subject. Provide with LetterEmail.builder().subject(...)";
    /** Refused without a body. */
    public static final String MISSING_BODY =
            "missing body. Provide the plain text with LetterEmail.builder().text(...); html(...) is optional";
    /** Refused without a Message-ID. */
    public static final String MISSING_MESSAGE_ID =
            "missing Message-ID. Provide with LetterEmail.builder().messageId(\"<local@domain>\")";
    /** Refused without a date. */
    public static final String MISSING_DATE = "missing date. Provide with LetterEmail.builder().date(...)";

    // RFC 5322 msg-id: "<" dot-atom-text "@" dot-atom-text ">"
    private static final Pattern MESSAGE_ID = Pattern.compile(
            "<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*>");

    private final MailAddress from;
    private final MailAddress replyTo;
    private final List<MailAddress> to;
    private final List<MailAddress> cc;
    private final List<MailAddress> bcc;
    private final String subject;
    private final String text;
    private final String html;
    private final List<InlineImage> inlineImages;
    private final List<Attachment> attachments;
    private final String messageId;
    private final ZonedDateTime date;

    private LetterEmail(Builder b) {
        this.from = b.from;
        this.replyTo = b.replyTo;
        this.to = List.copyOf(b.to);
        this.cc = List.copyOf(b.cc);
        this.bcc = List.copyOf(b.bcc);
        this.subject = b.subject;
        this.text = b.text;
        this.html = b.html;
        this.inlineImages = List.copyOf(b.inlineImages.values());
        this.attachments = List.copyOf(b.attachments);
        this.messageId = b.messageId;
        this.date = b.date;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    public MailAddress from() {
        return from;
    }

    /** Where replies go, when not to the sender. */
    public Optional<MailAddress> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    public List<MailAddress> to() {
        return to;
    }

    public List<MailAddress> cc() {
        return cc;
    }

    /** Blind copies: they receive the message, but no header names them. */
    public List<MailAddress> bcc() {
        return bcc;
    }

    /** Everyone the message is delivered to: to, cc and bcc, in that order. */
    public List<MailAddress> recipients() {
        List<MailAddress> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return List.copyOf(all);
    }

    public String subject() {
        return subject;
    }

    /** The plain-text body. */
    public String text() {
        return text;
    }

    /** The HTML body, if any. */
    public Optional<String> html() {
        return Optional.ofNullable(html);
    }

    /** Images the HTML body shows by {@code cid:}. */
    public List<InlineImage> inlineImages() {
        return inlineImages;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** The Message-ID with its angle brackets, such as {@code <termination.acme-2026@nordlys.example>}. */
    public String messageId() {
        return messageId;
    }

    public ZonedDateTime date() {
        return date;
    }

    @Override
    public String toString() {
        return "LetterEmail[" + messageId + " from " + from + " to " + recipients() + ": " + subject + "]";
    }

    /** Collects the parts of a {@link LetterEmail}; not thread-safe. */
    public static final class Builder {
        private MailAddress from;
        private MailAddress replyTo;
        private final List<MailAddress> to = new ArrayList<>();
        private final List<MailAddress> cc = new ArrayList<>();
        private final List<MailAddress> bcc = new ArrayList<>();
        private String subject;
        private String text;
        private String html;
        private final Map<String, InlineImage> inlineImages = new LinkedHashMap<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private String messageId;
        private ZonedDateTime date;

        private Builder() {
        }

        /** The sender; {@code name} may be null. */
        public Builder from(String email, String name) {
            return from(new MailAddress(email, name));
        }

        public Builder from(MailAddress address) {
            this.from = Objects.requireNonNull(address, "The parameter 'address' must not be null");
            return this;
        }

        /** Where replies go; null for the sender. */
        public Builder replyTo(MailAddress address) {
            this.replyTo = address;
            return this;
        }

        /** Adds a recipient; {@code name} may be null. */
        public Builder to(String email, String name) {
            return to(new MailAddress(email, name));
        }

        public Builder to(MailAddress address) {
            to.add(Objects.requireNonNull(address, "The parameter 'address' must not be null"));
            return this;
        }

        public Builder cc(MailAddress address) {
            cc.add(Objects.requireNonNull(address, "The parameter 'address' must not be null"));
            return this;
        }

        /** Adds a blind copy, for example the sender's archive address. */
        public Builder bcc(MailAddress address) {
            bcc.add(Objects.requireNonNull(address, "The parameter 'address' must not be null"));
            return this;
        }

        public Builder subject(String subject) {
            HeaderValues.requireSingleLine(subject, "subject");
            this.subject = subject;
            return this;
        }

        /** The plain-text body, required. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The HTML body, optional; it is sent beside the text as multipart/alternative. */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

        /** Adds an image the HTML shows as {@code cid:contentId}; the same Content-ID twice keeps the last. */
        public Builder inlineImage(String contentId, String mediaType, byte[] bytes) {
            InlineImage image = new InlineImage(contentId, mediaType, bytes);
            inlineImages.put(image.contentId(), image);
            return this;
        }

        public Builder attachment(String fileName, String mediaType, byte[] bytes) {
            attachments.add(new Attachment(fileName, mediaType, bytes));
            return this;
        }

        /** The Message-ID, with angle brackets: {@code <local@domain>}. Keep it stable to make a letter recognisable. */
        public Builder messageId(String messageId) {
            HeaderValues.requireSingleLine(messageId, "Message-ID");
            this.messageId = messageId;
            return this;
        }

        public Builder date(ZonedDateTime date) {
            this.date = date;
            return this;
        }

        /** The message; throws {@link IllegalStateException} saying what is missing and how to provide it. */
        public LetterEmail build() {
            if (from == null) {
                throw new IllegalStateException(MISSING_SENDER);
            }
            if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
                throw new IllegalStateException(MISSING_RECIPIENT);
            }
            if (subject == null || subject.isBlank()) {
                throw new IllegalStateException(MISSING_SUBJECT);
            }
            if (text == null) {
                throw new IllegalStateException(MISSING_BODY);
            }
            if (messageId == null) {
                throw new IllegalStateException(MISSING_MESSAGE_ID);
            }
            if (!MESSAGE_ID.matcher(messageId).matches()) {
                throw new IllegalStateException("The Message-ID '" + messageId + "' is not <local@domain> with"
                        + " letters, digits and . - _ only; provide one with LetterEmail.builder().messageId(...)");
            }
            if (date == null) {
                throw new IllegalStateException(MISSING_DATE);
            }
            if (!inlineImages.isEmpty() && html == null) {
                throw new IllegalStateException("inline images without an HTML body to show them. Provide the HTML"
                        + " with LetterEmail.builder().html(...)");
            }
            return new LetterEmail(this);
        }
    }
}
