package no.farvel.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocketFactory;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;
import no.farvel.mail.internal.Conversation.Decided;
import no.farvel.mail.internal.SmtpFailure.Kind;
import no.farvel.mail.internal.SmtpFailure.Stage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One SMTP connection through Angus Mail's transport, with what delivery adds through its protected hooks: a step
 * between the data and the final dot (the journal's in-flight line, or abandoning the message), a deadline on every
 * reply and every message that a server dripping one line at a time cannot stretch, and the stage each failure
 * happened at, so that a lost connection is told apart from a refusal. Not thread-safe.
 */
public final class DeliveryTransport extends SMTPTransport {
    private final SmtpSettings settings;
    private final SocketWatch watch;
    private final Conversation conversation;
    private boolean secured;
    private WireMessage message;
    private BooleanSupplier beforeFinalDot;

    private DeliveryTransport(SmtpSettings settings, TrustedCertificates trust, SocketWatch watch) {
        super(Session.getInstance(properties(settings, watch)), null, protocol(settings),
                settings.security() == Security.SMTPS);
        this.settings = settings;
        this.watch = watch;
        this.conversation = new Conversation(settings, trust);
    }

    /**
     * Connects, reads the greeting, says EHLO, starts TLS as the settings require and logs in.
     *
     * @param trust the certificates to trust, unless the settings bring their own socket factory; null for plain SMTP
     */
    public static DeliveryTransport open(SmtpSettings settings, TrustedCertificates trust) throws SmtpFailure {
        SSLSocketFactory tls = settings.sslSocketFactory() != null ? settings.sslSocketFactory()
                : trust == null ? null : trust.socketFactory();
        DeliveryTransport transport = new DeliveryTransport(settings, trust,
                new SocketWatch(tls, settings.commandDeadline()));
        char[] password = settings.password();
        try {
            // Jakarta Mail takes the password only as a String; it lives no longer than this call needs it.
            transport.connect(settings.host(), settings.port(), settings.user(),
                    password == null ? null : new String(password));
            return transport;
        } catch (MessagingException e) {
            SmtpFailure failure = transport.conversation.explain(e, transport.watch.expired());
            transport.close();
            throw failure;
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static String protocol(SmtpSettings settings) {
        return settings.security() == Security.SMTPS ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpSettings settings, SocketWatch watch) {
        String p = "mail." + protocol(settings) + ".";
        Properties props = MimeComposer.properties();
        props.setProperty(p + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        props.put(p + "executor.writetimeout", Watchdog.executor());
        props.put(p + "socketFactory", watch.plainSockets());
        // Otherwise Angus would retry a failed connection on a socket of its own, which no deadline could close.
        props.setProperty(p + "socketFactory.fallback", "false");
        if (settings.security() != Security.PLAIN) {
            props.put(p + "ssl.socketFactory", watch.tlsSockets());
        }
        props.setProperty(p + "ssl.checkserveridentity", "true");
        if (settings.security() == Security.STARTTLS_REQUIRED) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        props.setProperty(p + "auth", Boolean.toString(settings.user() != null));
        props.setProperty(p + "auth.mechanisms", "PLAIN LOGIN");
        // The socket is closed right after QUIT; the server's goodbye changes nothing.
        props.setProperty(p + "quitwait", "false");
        return props;
    }

    /** Whether the connection can carry another message. */
    public boolean isUsable() {
        return watch.isOpen();
    }

    /**
     * Sends one message: MAIL, RCPT for each recipient, DATA, exactly these bytes (CRLF lines, dot-stuffed by Angus),
     * then the final dot. {@code beforeFinalDot} runs once everything but the dot is written; when it returns false
     * the message is abandoned: the connection is closed without the dot, so the server discards it.
     *
     * @return the server's reply to the final dot
     */
    public SmtpReply send(String from, List<String> recipients, byte[] bytes, BooleanSupplier beforeFinalDot)
            throws SmtpFailure {
        this.beforeFinalDot = beforeFinalDot;
        this.message = new WireMessage(session, from, recipients, bytes);
        ScheduledFuture<?> deadline = watch.after(settings.messageDeadline(), "the message took longer than the "
                + Watchdog.seconds(settings.messageDeadline()) + " message deadline");
        try {
            sendMessage(message, envelope(recipients));
            return SmtpReply.parse(getLastReturnCode(), getLastServerResponse());
        } catch (MessagingException e) {
            SmtpFailure failure = conversation.explain(e, watch.expired());
            // After a refusal Angus has said RSET, and the connection carries the next message; after 421 or
            // anything else it is gone or not to be trusted.
            if (failure.reply() == null || failure.reply().code() == 421) {
                close();
            }
            throw failure;
        } catch (RuntimeException e) {
            close();
            throw e;
        } finally {
            deadline.cancel(false);
            message = null;
        }
    }

    /** Says QUIT without waiting for the answer, and closes. */
    @Override
    public synchronized void close() {
        watch.disarm();
        try {
            super.close();
        } catch (MessagingException e) {
            // The connection is being thrown away; a failed QUIT changes nothing.
        } finally {
            watch.close();
        }
    }

    /** An address literal of our end of the connection: always valid in EHLO, unlike many local host names. */
    @Override
    public synchronized String getLocalHost() {
        String literal = watch.localAddressLiteral();
        return literal != null ? literal : super.getLocalHost();
    }

    @Override
    protected boolean ehlo(String domain) throws MessagingException {
        conversation.enter(Stage.EHLO);
        if (!super.ehlo(domain)) {
            throw new MessagingException("EHLO was not accepted"); // explained by the reply heard, or its absence
        }
        if (settings.security() == Security.STARTTLS_REQUIRED && !secured && !supportsExtension("STARTTLS")) {
            throw new Decided(Kind.FATAL, Stage.STARTTLS, "STARTTLS is required but the server does not offer it;"
                    + " choose SMTPS (--smtps) if it speaks TLS from the start");
        }
        boolean last = secured || settings.security() != Security.STARTTLS_REQUIRED;
        if (last && settings.user() != null && !supportsExtension("AUTH") && !supportsExtension("AUTH=LOGIN")) {
            throw new Decided(Kind.FATAL, Stage.AUTH, "the server does not offer AUTH, so it cannot log in as "
                    + settings.user() + "; leave out the login or use the server's submission port");
        }
        return true;
    }

    @Override
    protected void startTLS() throws MessagingException {
        conversation.enter(Stage.STARTTLS);
        try {
            super.startTLS();
            secured = true;
        } finally {
            watch.disarm();
        }
    }

    @Override
    protected void mailFrom() throws MessagingException {
        conversation.enter(Stage.MAIL);
        List<String> parameters = new ArrayList<>();
        if (supportsExtension("SIZE")) {
            parameters.add("SIZE=" + message.getSize());
        }
        // The addresses were read from the .eml's bytes one character per byte, and Angus writes commands one byte per
        // character, so UTF-8 addresses reach the server as they stand in the file.
        if (!message.ascii()) {
            if (!supportsExtension("SMTPUTF8")) {
                throw new Decided(Kind.PERMANENT, Stage.MAIL, "an address has non-ASCII characters and the server"
                        + " does not offer SMTPUTF8");
            }
            parameters.add("SMTPUTF8");
        }
        message.setMailExtension(parameters.isEmpty() ? null : String.join(" ", parameters));
        super.mailFrom();
    }

    @Override
    protected void rcptTo() throws MessagingException {
        conversation.enter(Stage.RCPT);
        super.rcptTo();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        conversation.enter(Stage.DATA);
        OutputStream data = super.data();
        conversation.enter(Stage.CONTENT);
        return data;
    }

    /**
     * The journal's step before the final dot. Angus may still hold the message's last few kilobytes in its buffer,
     * to go out with the dot; a failure there counts as after the dot, in doubt, which errs on the side of never
     * sending a letter twice.
     */
    @Override
    protected void finishData() throws IOException, MessagingException {
        if (!beforeFinalDot.getAsBoolean()) {
            watch.close(); // before anything more goes out, so the server never sees the dot
            throw new Decided(Kind.ABANDONED, Stage.CONTENT, "stopped before the final dot; not delivered");
        }
        conversation.enter(Stage.END_OF_DATA);
        super.finishData();
    }

    @Override
    protected void sendCommand(String command) throws MessagingException {
        conversation.sending(command);
        super.sendCommand(command);
    }

    /** Reads one reply within the command deadline, and notes what it says. */
    @Override
    protected int readServerResponse() throws MessagingException {
        watch.arm(settings.commandDeadline(), "no complete reply to " + conversation.awaitingReply() + " within the "
                + Watchdog.seconds(settings.commandDeadline()) + " command deadline");
        try {
            int code = super.readServerResponse();
            conversation.heard(code, getLastServerResponse());
            return code;
        } finally {
            watch.disarm();
        }
    }

    private static Address[] envelope(List<String> recipients) {
        return recipients.stream().map(recipient -> {
            InternetAddress address = new InternetAddress();
            address.setAddress(recipient);
            return address;
        }).toArray(Address[]::new);
    }

    /**
     * A message that writes exactly the bytes it was made with, so that what was hashed is what the server receives;
     * Angus only writes it, with the envelope sender set here and the recipients given beside it.
     */
    private static final class WireMessage extends SMTPMessage {
        private final byte[] bytes;
        private final boolean ascii;

        WireMessage(Session session, String from, List<String> recipients, byte[] bytes) {
            super(session);
            this.bytes = bytes;
            this.ascii = from.chars().allMatch(c -> c < 128)
                    && recipients.stream().allMatch(r -> r.chars().allMatch(c -> c < 128));
            setEnvelopeFrom(from);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
            out.write(bytes);
        }

        @Override
        public int getSize() {
            return bytes.length;
        }

        boolean ascii() {
            return ascii;
        }
    }
}
