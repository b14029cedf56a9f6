package no.farvel.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.farvel.mail.internal.Digests;
import no.farvel.mail.internal.MimeComposer;

/**
 * A folder of written letters, {@code DIR/<id>/letter.eml}, sent in the order of their folder names. The journal
 * decides what is due: a message the server accepted is never sent again, one refused for good (5xx) is held back
 * unless {@link #retryRefused(boolean)} is set, everything else is sent. Immutable.
 *
 * <pre>{@code
 * try (DeliveryJournal journal = DeliveryJournal.open(out.resolve("delivery.jsonl"))) {
 *     OutboxResult result = Outbox.in(out).send(settings, journal);
 * }
 * }</pre>
 */
public final class Outbox {
    /** The file name each letter folder holds. */
    public static final String LETTER_FILE = "letter.eml";
    private static final Session PARSING = Session.getInstance(MimeComposer.properties());

    private final Path dir;
    private final RetryPolicy retry;
    private final boolean retryRefused;
    private final Consumer<JournalEntry> listener;

    private Outbox(Path dir, RetryPolicy retry, boolean retryRefused, Consumer<JournalEntry> listener) {
        this.dir = dir;
        this.retry = retry;
        this.retryRefused = retryRefused;
        this.listener = listener;
    }

    /** The outbox in {@code dir}, with the default retry policy. */
    public static Outbox in(Path dir) {
        return new Outbox(Objects.requireNonNull(dir, "The parameter 'dir' must not be null"), RetryPolicy.defaults(),
                false, entry -> { });
    }

    /** The same outbox retrying transient failures by {@code policy}. */
    public Outbox retry(RetryPolicy policy) {
        return new Outbox(dir, Objects.requireNonNull(policy, "The parameter 'policy' must not be null"), retryRefused,
                listener);
    }

    /** The same outbox, also sending letters a server refused for good in an earlier run. */
    public Outbox retryRefused(boolean retry) {
        return new Outbox(dir, this.retry, retry, listener);
    }

    /** The same outbox, telling {@code listener} of every attempt once the journal holds it; for progress output. */
    public Outbox onAttempt(Consumer<JournalEntry> listener) {
        return new Outbox(dir, retry, retryRefused,
                Objects.requireNonNull(listener, "The parameter 'listener' must not be null"));
    }

    /** The letters in the folder, ordered by folder name. */
    public List<Path> letterFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("The outbox folder " + dir + " does not exist; render letters with --formats eml"
                    + " into it first");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(child -> child.resolve(LETTER_FILE)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Lists what {@link #send} would send, recording each as {@link DeliveryStatus#DRY_RUN}; connects to nothing. */
    public OutboxResult dryRun(DeliveryJournal journal) throws IOException {
        return run(null, journal);
    }

    /**
     * Sends every letter that is due over one connection, recording each attempt in the journal before going on.
     *
     * @throws DeliveryException when the run had to stop (server unreachable, login or TLS refused), with what was
     *     done before; a rerun with the same journal continues where it stopped
     */
    public OutboxResult send(SmtpSettings settings, DeliveryJournal journal) throws IOException {
        Objects.requireNonNull(settings, "The parameter 'settings' must not be null");
        return run(settings, journal);
    }

    private OutboxResult run(SmtpSettings settings, DeliveryJournal journal) throws IOException {
        Objects.requireNonNull(journal, "The parameter 'journal' must not be null");
        List<OutgoingLetter> sent = new ArrayList<>();
        List<OutgoingLetter> alreadySent = new ArrayList<>();
        List<OutboxResult.Failure> failed = new ArrayList<>();
        List<OutgoingLetter> wouldSend = new ArrayList<>();
        Consumer<JournalEntry> record = entry -> {
            try {
                journal.append(entry);
            } catch (IOException e) {
                throw new UncheckedIOException("Writing the delivery journal " + journal.file() + " failed", e);
            }
            listener.accept(entry);
        };
        SmtpSender sender = settings == null ? null : SmtpSender.open(settings, retry);
        try {
            for (Path file : letterFiles()) {
                byte[] eml = Files.readAllBytes(file);
                OutgoingLetter letter;
                try {
                    letter = read(file, eml);
                } catch (IllegalArgumentException e) {
                    failed.add(new OutboxResult.Failure(new OutgoingLetter(file, "", List.of(), Digests.sha256(eml)),
                            DeliveryStatus.PERMANENT_FAILURE, e.getMessage()));
                    continue;
                }
                if (journal.isAccepted(letter.messageId())) {
                    alreadySent.add(letter);
                    continue;
                }
                if (!retryRefused && journal.outcome(letter.messageId()).orElse(null)
                        == DeliveryStatus.PERMANENT_FAILURE) {
                    String reply = journal.lastEntry(letter.messageId()).map(JournalEntry::reply).orElse("");
                    failed.add(new OutboxResult.Failure(letter, DeliveryStatus.PERMANENT_FAILURE,
                            "refused in an earlier run, held back: " + reply));
                    continue;
                }
                if (sender == null) {
                    record.accept(new JournalEntry(Instant.now(), letter.messageId(), letter.recipients(),
                            letter.sha256(), DeliveryStatus.DRY_RUN, "not sent: dry run", 0));
                    wouldSend.add(letter);
                    continue;
                }
                JournalEntry outcome;
                try {
                    outcome = sender.send(eml, record);
                } catch (DeliveryException e) {
                    throw new DeliveryException(e.getMessage(), e.getCause(),
                            new OutboxResult(sent, alreadySent, failed, wouldSend));
                }
                if (outcome.status() == DeliveryStatus.ACCEPTED) {
                    sent.add(letter);
                } else {
                    failed.add(new OutboxResult.Failure(letter, outcome.status(), outcome.reply()));
                }
            }
        } finally {
            if (sender != null) {
                sender.close();
            }
        }
        return new OutboxResult(sent, alreadySent, failed, wouldSend);
    }

    private static OutgoingLetter read(Path file, byte[] eml) {
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(eml));
            String messageId = message.getMessageID();
            if (messageId == null || messageId.isBlank()) {
                throw new IllegalArgumentException(file + " has no Message-ID; write it with EmlWriter, which sets a"
                        + " stable one");
            }
            Address[] all = message.getAllRecipients();
            List<String> recipients = all == null ? List.of()
                    : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException(file + " has no To, Cc or Bcc recipient");
            }
            return new OutgoingLetter(file, messageId.strip(), recipients, Digests.sha256(eml));
        } catch (MessagingException e) {
            throw new IllegalArgumentException(file + " is not a readable message: " + e.getMessage(), e);
        }
    }
}
