package no.farvel.mail;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Choices for turning a letter into an e-mail that the letter itself does not make. Immutable. */
public final class MailOptions {
    private static final MailOptions DEFAULTS = builder().build();

    private final List<MailAddress> cc;
    private final List<MailAddress> bcc;
    private final MailAddress replyTo;
    private final boolean attachDocx;
    private final ZonedDateTime date;

    private MailOptions(Builder b) {
        this.cc = List.copyOf(b.cc);
        this.bcc = List.copyOf(b.bcc);
        this.replyTo = b.replyTo;
        this.attachDocx = b.attachDocx;
        this.date = b.date;
    }

    /** The PDF attached, no copies, replies to the sender, dated by the letter's date. */
    public static MailOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<MailAddress> cc() {
        return cc;
    }

    /** Blind copies, such as the provider's archive address. */
    public List<MailAddress> bcc() {
        return bcc;
    }

    public Optional<MailAddress> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    /** Whether the Word document is attached beside the PDF. */
    public boolean attachDocx() {
        return attachDocx;
    }

    /** The Date header in the file; empty means noon UTC on the letter's date. Sending sets the time of sending. */
    public Optional<ZonedDateTime> date() {
        return Optional.ofNullable(date);
    }

    /** Collects {@link MailOptions}. */
    public static final class Builder {
        private final List<MailAddress> cc = new ArrayList<>();
        private final List<MailAddress> bcc = new ArrayList<>();
        private MailAddress replyTo;
        private boolean attachDocx;
        private ZonedDateTime date;

        private Builder() {
        }

        public Builder cc(MailAddress address) {
            cc.add(Objects.requireNonNull(address, "The parameter 'address' must not be null"));
            return this;
        }

        public Builder bcc(MailAddress address) {
            bcc.add(Objects.requireNonNull(address, "The parameter 'address' must not be null"));
            return this;
        }

        /** Where the client's replies go; null for the provider's address. */
        public Builder replyTo(MailAddress address) {
            this.replyTo = address;
            return this;
        }

        public Builder attachDocx(boolean attachDocx) {
            this.attachDocx = attachDocx;
            return this;
        }

        /** A fixed Date header for the file; null for noon UTC on the letter's date. */
        public Builder date(ZonedDateTime date) {
            this.date = date;
            return this;
        }

        public MailOptions build() {
            return new MailOptions(this);
        }
    }
}
