package no.farvel.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import no.farvel.mail.SmtpSettings;
import no.farvel.mail.internal.SmtpFailure.Kind;
import no.farvel.mail.internal.SmtpFailure.Stage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * How far one SMTP conversation got, as the transport's hooks note it (the stage, the last reply at that stage, whether
 * the server hung up), and so what a failure Angus Mail reports means for the message and for the run.
 */
final class Conversation {
    private final SmtpSettings settings;
    private final TrustedCertificates trust;
    private Stage stage = Stage.CONNECT;
    private SmtpReply reply; // the last reply heard at this stage
    private String garbled; // an answer at this stage that is not an SMTP reply
    private boolean closed; // the server closed the connection instead of replying
    private boolean housekeeping; // RSET or QUIT after a failure, whose reply says nothing about the stage

    Conversation(SmtpSettings settings, TrustedCertificates trust) {
        this.settings = settings;
        this.trust = trust;
    }

    void enter(Stage next) {
        stage = next;
        reply = null;
        garbled = null;
    }

    /** Notes a command going out; it is not kept, as AUTH PLAIN carries the password. */
    void sending(String command) {
        housekeeping = command.equals("RSET") || command.equals("QUIT") || command.equals("NOOP");
        if (command.startsWith("AUTH ")) {
            enter(Stage.AUTH);
        }
    }

    /** The stage whose reply is now awaited: the first reply of all is the greeting. */
    Stage awaitingReply() {
        if (stage == Stage.CONNECT) {
            enter(Stage.GREETING);
        }
        return stage;
    }

    /** Notes a reply as Angus read it: its code, or -1 when the connection ended or the answer was not SMTP. */
    void heard(int code, String response) {
        if (housekeeping) {
            return;
        }
        boolean smtp = response.length() >= 3 && response.substring(0, 3).chars().allMatch(Character::isDigit);
        reply = code > 0 ? SmtpReply.parse(code, response) : null;
        closed |= code < 0 && (smtp || response.equals("[EOF]"));
        garbled = code < 0 && !smtp && !response.equals("[EOF]") ? response.strip() : null;
    }

    /**
     * What a failure means, from Angus's exception and what was noted.
     *
     * @param expired why a deadline closed the connection, or null
     */
    SmtpFailure explain(MessagingException e, String expired) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = e; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        String server = settings.host() + ":" + settings.port();
        if (first(causes, Decided.class) instanceof Decided decided) {
            return decided.failure;
        }
        if (expired != null) {
            return lost(expired, e);
        }
        if ((stage == Stage.CONNECT || stage == Stage.STARTTLS) && first(causes, SSLException.class) instanceof
                SSLException tls) {
            return new SmtpFailure(Kind.FATAL, stage, null, trust == null ? "the TLS handshake with " + server
                    + " failed: " + tls.getMessage() : trust.refusal(settings.host(), settings.port(), tls), e);
        }
        if (first(causes, UnknownHostException.class) != null) {
            return new SmtpFailure(Kind.FATAL, Stage.CONNECT, null, "unknown host " + settings.host(), e);
        }
        if (stage == Stage.CONNECT && first(causes, MailConnectException.class) != null) {
            String why = first(causes, ConnectException.class) != null ? "connection refused"
                    : first(causes, SocketTimeoutException.class) != null ? "no connection within the "
                    + Watchdog.seconds(settings.connectTimeout()) + " connect timeout"
                    : causes.get(causes.size() - 1).toString();
            return new SmtpFailure(Kind.TRANSIENT, Stage.CONNECT, null, "cannot connect to " + server + ": " + why, e);
        }
        SmtpReply refusal = refusal(causes);
        if (refusal != null) {
            SmtpFailure refused = SmtpFailure.refused(stage, refusal);
            return stage != Stage.AUTH ? refused : new SmtpFailure(refused.kind(), Stage.AUTH, refusal,
                    "the server refused the login as " + settings.user() + ": " + refusal, e);
        }
        if (closed) {
            return lost("the server closed the connection during " + stage, e);
        }
        if (garbled != null) {
            return lost("the server's answer to " + stage + " is not an SMTP reply: " + garbled, e);
        }
        if (first(causes, SocketTimeoutException.class) != null) {
            return lost("no reply to " + stage + " within the " + Watchdog.seconds(settings.readTimeout())
                    + " read timeout", e);
        }
        if (first(causes, IOException.class) instanceof IOException io) {
            return lost("the connection broke during " + stage + ": " + io.getMessage(), e);
        }
        if (e instanceof AuthenticationFailedException) {
            return new SmtpFailure(Kind.FATAL, Stage.AUTH, null, "the server refused the login as " + settings.user()
                    + ": " + e.getMessage(), e);
        }
        return lost(e.getMessage(), e);
    }

    /** The first refusal the server gave: in an Angus exception (each refused recipient has one), or at this stage. */
    private SmtpReply refusal(List<Throwable> causes) {
        for (Throwable t : causes) {
            int code = t instanceof SMTPAddressFailedException a ? a.getReturnCode()
                    : t instanceof SMTPSendFailedException s ? s.getReturnCode() : -1;
            if (code >= 400) {
                return SmtpReply.parse(code, t.getMessage());
            }
        }
        return reply != null && reply.code() >= 400 ? reply : null;
    }

    /** The connection is gone without a reply: transient, except after the final dot, where nobody knows. */
    private SmtpFailure lost(String why, Exception e) {
        return new SmtpFailure(stage == Stage.END_OF_DATA ? Kind.IN_DOUBT : Kind.TRANSIENT, stage, null, why, e);
    }

    private static Throwable first(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().filter(type::isInstance).findFirst().orElse(null);
    }

    /** A failure decided in a hook rather than by Angus; it passes through Angus as a MessagingException. */
    static final class Decided extends MessagingException {
        private final transient SmtpFailure failure;

        Decided(Kind kind, Stage stage, String why) {
            super(why);
            this.failure = new SmtpFailure(kind, stage, null, why, null);
        }
    }
}
