package no.farvel.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Consumer;
import no.farvel.mail.internal.DeliveryTransport;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.internal.OutgoingMessage;
import no.farvel.mail.internal.SmtpFailure;
import no.farvel.mail.internal.SmtpReply;
import no.farvel.mail.internal.TrustedCertificates;

/**
 * Delivers messages over one SMTP connection, Angus Mail's, opened on the first message and reused until
 * {@link #close()}. Each message goes with the Date of sending and, when asked, a Reply-To and a DKIM signature.
 * Transient failures are retried with backoff on a fresh connection; permanent ones are reported, not retried; a
 * message whose final dot went out without a reply is in doubt and never retried. Not thread-safe: one sender per run.
 */
public final class SmtpSender implements AutoCloseable {
    private final SmtpSettings settings;
    private final RetryPolicy retry;
    private final TrustedCertificates trust;
    private Clock clock = Clock.systemDefaultZone();
    private MailAddress replyTo;
    private DkimSigning dkim;
    private StopRequest stop = StopRequest.create();
    private DeliveryTransport transport;

    private SmtpSender(SmtpSettings settings, RetryPolicy retry) {
        this.settings = settings;
        this.retry = retry;
        // Gathering the JDK's trusted certificates takes a moment; plain SMTP to a local relay needs none.
        this.trust = settings.sslSocketFactory() == null && settings.security() != Security.PLAIN
                ? TrustedCertificates.with(settings.caCertificates()) : null;
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
        if (settings.security() == Security.PLAIN && !settings.allowInsecurePlain() && !loopback(settings.host())) {
            throw new IllegalArgumentException("Refusing plain SMTP to " + settings.host() + ":" + settings.port()
                    + ": the letters and the password would cross the network unencrypted. Use STARTTLS (the"
                    + " default) or SMTPS, or allow plain SMTP explicitly (--insecure-plain)");
        }
        return new SmtpSender(settings, retry);
    }

    /** Sends every message with this Reply-To, replacing the one its file has; null keeps the file's. */
    public SmtpSender replyTo(MailAddress address) {
        this.replyTo = address;
        return this;
    }

    /** Signs every message with DKIM; null sends unsigned. */
    public SmtpSender dkim(DkimSigning signing) {
        this.dkim = signing;
        return this;
    }

    /** Stops between attempts, and before a message's final dot, once {@code request} is made. */
    public SmtpSender stopOn(StopRequest request) {
        this.stop = Objects.requireNonNull(request, "The parameter 'request' must not be null");
        return this;
    }

    /** The clock whose time and zone date each message; the system's by default. */
    SmtpSender clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Composes and sends one message; see {@link #send(byte[], Consumer)}. */
    public JournalEntry send(LetterEmail email) {
        return send(EmlWriter.toBytes(email), step -> { });
    }

    /**
     * Sends one RFC 5322 message (as an .eml file holds it) to all its To, Cc and Bcc recipients; the Bcc header is
     * not transmitted. Every step is reported to {@code steps} as it happens — the {@link DeliveryStatus#IN_FLIGHT}
     * line before the final dot, then the outcome of each attempt — and the last one is returned.
     *
     * @throws IllegalArgumentException when the bytes are not a message with a Message-ID, a From and a recipient
     * @throws DeliveryException when no message can be sent with these settings (login refused, TLS missing or not
     *     trusted), or the server could not be reached in any attempt
     */
    public JournalEntry send(byte[] eml, Consumer<JournalEntry> steps) {
        Objects.requireNonNull(eml, "The parameter 'eml' must not be null");
        Objects.requireNonNull(steps, "The parameter 'steps' must not be null");
        OutgoingMessage envelope;
        try {
            envelope = OutgoingMessage.read(eml);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The message " + e.getMessage(), e);
        }
        String sha256 = Sha256.hex(eml);
        boolean reached = false; // whether any attempt heard the server answer
        for (int attempt = 1; ; attempt++) {
            OutgoingMessage wire = OutgoingMessage.prepare(eml, ZonedDateTime.now(clock), replyTo, dkim);
            String sentSha256 = Sha256.hex(wire.bytes());
            int number = attempt;
            JournalEntry entry;
            try {
                if (transport == null || !transport.isUsable()) {
                    close();
                    transport = DeliveryTransport.open(settings, trust);
                    reached = true;
                }
                SmtpReply reply = transport.send(wire.from(), wire.recipients(), wire.bytes(), () -> {
                    if (stop.isRequested()) {
                        return false;
                    }
                    steps.accept(entry(envelope, sha256, sentSha256, DeliveryStatus.IN_FLIGHT,
                            "all but the final dot sent", number));
                    return true;
                });
                reached = true;
                entry = entry(envelope, sha256, sentSha256, DeliveryStatus.ACCEPTED, reply.toString(), attempt);
            } catch (SmtpFailure failure) {
                reached |= failure.reply() != null;
                if (failure.kind() == SmtpFailure.Kind.FATAL) {
                    close();
                    throw new DeliveryException("Cannot deliver through " + settings + ": " + failure.getMessage(),
                            failure);
                }
                boolean sent = failure.kind() == SmtpFailure.Kind.IN_DOUBT;
                entry = entry(envelope, sha256, sent ? sentSha256 : null, status(failure), failure.getMessage(),
                        attempt);
            }
            steps.accept(entry);
            if (entry.status() != DeliveryStatus.TRANSIENT_FAILURE || stop.isRequested()) {
                return entry;
            }
            if (attempt >= retry.maxAttempts()) {
                if (!reached) {
                    throw new DeliveryException("The SMTP server " + settings.host() + ":" + settings.port()
                            + " is unavailable: it could not be reached in " + attempt + " attempts (" + entry.reply()
                            + ")", null);
                }
                return entry;
            }
            if (stop.await(retry.delayAfter(attempt))) {
                return entry;
            }
        }
    }

    private static DeliveryStatus status(SmtpFailure failure) {
        return switch (failure.kind()) {
            case PERMANENT -> DeliveryStatus.PERMANENT_FAILURE;
            case IN_DOUBT -> DeliveryStatus.IN_DOUBT;
            default -> DeliveryStatus.TRANSIENT_FAILURE;
        };
    }

    private JournalEntry entry(OutgoingMessage message, String sha256, String sentSha256, DeliveryStatus status,
                               String reply, int attempt) {
        return new JournalEntry(clock.instant(), message.messageId(), message.recipients(), sha256, sentSha256,
                status, reply, attempt);
    }

    private static boolean loopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Says goodbye to the server, if connected. */
    @Override
    public void close() {
        if (transport != null) {
            transport.close();
            transport = null;
        }
    }
}
