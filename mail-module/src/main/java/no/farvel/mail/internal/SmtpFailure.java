package no.farvel.mail.internal;

/** What went wrong in an SMTP conversation, what it means for the message and the run, and where it happened. */
public final class SmtpFailure extends Exception {
    /** What a failure means. */
    public enum Kind {
        /** Try this message again later: 4xx, 421, a refused, closed or reset connection, a timeout or deadline. */
        TRANSIENT,
        /** This message is refused for good: 5xx to MAIL, RCPT or the data. */
        PERMANENT,
        /** The final dot went out and no reply came: the message may have been accepted. */
        IN_DOUBT,
        /** The run was asked to stop before the final dot; nothing was delivered. */
        ABANDONED,
        /** No message can go with these settings: login refused, TLS missing or untrusted, unknown host. */
        FATAL
    }

    /** Where in the conversation it happened. */
    public enum Stage {
        CONNECT("connecting"), GREETING("the greeting"), EHLO("EHLO"), STARTTLS("STARTTLS"), AUTH("the login"),
        MAIL("MAIL FROM"), RCPT("RCPT TO"), DATA("DATA"), CONTENT("sending the message"),
        END_OF_DATA("the final dot");

        private final String words;

        Stage(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final transient Kind kind;
    private final transient Stage stage;
    private final transient SmtpReply reply;

    public SmtpFailure(Kind kind, Stage stage, SmtpReply reply, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.stage = stage;
        this.reply = reply;
    }

    /** A reply that is not what the stage needs: 421 and 4xx are transient, 5xx final for the message or the run. */
    public static SmtpFailure refused(Stage stage, SmtpReply reply) {
        Kind kind;
        if (reply.code() >= 400 && reply.code() < 500) {
            kind = Kind.TRANSIENT;
        } else if (stage == Stage.MAIL || stage == Stage.RCPT || stage == Stage.DATA || stage == Stage.END_OF_DATA) {
            kind = Kind.PERMANENT;
        } else {
            kind = Kind.FATAL;
        }
        return new SmtpFailure(kind, stage, reply, reply.toString(), null);
    }

    public Kind kind() {
        return kind;
    }

    public Stage stage() {
        return stage;
    }

    /** The server's reply, or null when it gave none. */
    public SmtpReply reply() {
        return reply;
    }
}
