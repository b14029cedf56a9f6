package no.farvel.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import no.farvel.mail.internal.Digests;
import no.farvel.mail.internal.SessionFactory;
import no.farvel.mail.internal.SmtpFailures;

/**
 * Delivers messages over one SMTP connection, opened on the first message and reused until {@link #close()}.
 * Transient failures are retried with backoff on a fresh connection; permanent ones are reported, not retried.
 * Not thread-safe: one sender per run.
 */
public final class SmtpSender implements AutoCloseable {
    private final SmtpSettings settings;
    private final RetryPolicy retry;
    private final Session session;
    private final Clock clock;
    private Transport transport;

    private SmtpSender(SmtpSettings settings, RetryPolicy retry, Clock clock) {
        this.settings = settings;
        this.retry = retry;
        this.clock = clock;
        this.session = SessionFactory.session(settings);
    }

    /**
     * A sender for these settings; nothing is connected yet.
     *
     * @throws IllegalArgumentException when the settings ask for plain SMTP to a host that is not a loopback address
     *     without allowing it
     */
    public static SmtpSender open(SmtpSettings settings, RetryPolicy retry) {
        Objects.requireNonNull(settings, "The parameter 'settings' must not be null");
        Objects.requireNonNull(retry, "The parameter 'retry' must not be null");
        return new SmtpSender(settings, retry, Clock.systemUTC());
    }

    /** Composes and sends one message; see {@link #send(byte[], Consumer)}. */
    public JournalEntry send(LetterEmail email) {
        return send(EmlWriter.toBytes(email), attempt -> { });
    }

    /**
     * Sends one RFC 5322 message (as an .eml file holds it) to all its To, Cc and Bcc recipients; the Bcc header is
     * not transmitted. Every attempt is reported to {@code attempts} as it ends, the last one is returned.
     *
     * @throws DeliveryException when no message can be sent with these settings (login refused, TLS missing or not
     *     trusted), or the server stays unreachable through every retry
     */
    public JournalEntry send(byte[] eml, Consumer<JournalEntry> attempts) {
        Objects.requireNonNull(eml, "The parameter 'eml' must not be null");
        Objects.requireNonNull(attempts, "The parameter 'attempts' must not be null");
        MimeMessage message;
        Address[] recipients;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(eml));
            recipients = message.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The message is not RFC 5322: " + e.getMessage(), e);
        }
        String messageId = messageId(message);
        List<String> to = recipients == null ? List.of()
                : Arrays.stream(recipients).map(a -> ((InternetAddress) a).getAddress()).toList();
        if (to.isEmpty()) {
            throw new IllegalArgumentException("The message " + messageId + " has no To, Cc or Bcc recipient");
        }
        String sha256 = Digests.sha256(eml);
        for (int attempt = 1; ; attempt++) {
            DeliveryStatus status;
            String reply;
            boolean connectionFailed = false;
            String connectFailure = "";
            try {
                connect();
            } catch (MessagingException e) {
                // Only a failure that may pass is worth another try; a refusal at greeting or login stops the run.
                if (SmtpFailures.classifyConnect(e) != SmtpFailures.Kind.TRANSIENT) {
                    throw new DeliveryException("Cannot deliver through " + settings + ": "
                            + SmtpFailures.reply(e), e);
                }
                connectionFailed = true;
                connectFailure = SmtpFailures.reply(e);
                disconnect();
            }
            if (connectionFailed) {
                status = DeliveryStatus.TRANSIENT_FAILURE;
                reply = "cannot connect to " + settings.host() + ":" + settings.port() + ": " + connectFailure;
            } else {
                try {
                    transport.sendMessage(message, recipients);
                    status = DeliveryStatus.ACCEPTED;
                    reply = oneLine(((org.eclipse.angus.mail.smtp.SMTPTransport) transport).getLastServerResponse());
                } catch (MessagingException e) {
                    SmtpFailures.Kind kind = SmtpFailures.classify(e);
                    if (kind == SmtpFailures.Kind.FATAL) {
                        throw new DeliveryException("Cannot deliver " + messageId + " through " + settings + ": "
                                + SmtpFailures.reply(e), e);
                    }
                    status = kind == SmtpFailures.Kind.PERMANENT ? DeliveryStatus.PERMANENT_FAILURE
                            : DeliveryStatus.TRANSIENT_FAILURE;
                    reply = SmtpFailures.reply(e);
                    // After a failure the server may have dropped us or be mid-transaction; start clean.
                    disconnect();
                }
            }
            JournalEntry entry = new JournalEntry(clock.instant(), messageId, to, sha256, status, reply, attempt);
            attempts.accept(entry);
            if (status != DeliveryStatus.TRANSIENT_FAILURE) {
                return entry;
            }
            if (attempt >= retry.maxAttempts()) {
                if (connectionFailed) {
                    throw new DeliveryException("The SMTP server " + settings.host() + ":" + settings.port()
                            + " could not be reached in " + attempt + " attempts; rerun later to send the rest", null);
                }
                return entry;
            }
            sleep(retry.delayAfter(attempt));
        }
    }

    private void connect() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        transport = session.getTransport(SessionFactory.protocol(settings));
        char[] password = settings.password();
        try {
            // Jakarta Mail takes the password only as a String; it lives no longer than this call needs it.
            transport.connect(settings.host(), settings.port(), settings.user(),
                    password == null ? null : new String(password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is being thrown away; a failed QUIT changes nothing.
            }
            transport = null;
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("The message has no Message-ID; write it with EmlWriter, which"
                        + " sets a stable one");
            }
            return id.strip();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The message's Message-ID cannot be read: " + e.getMessage(), e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while waiting to retry", e);
        }
    }

    /** Says goodbye to the server, if connected. */
    @Override
    public void close() {
        disconnect();
    }
}
