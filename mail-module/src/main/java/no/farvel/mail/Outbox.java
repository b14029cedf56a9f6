package no.farvel.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.internal.LetterFolder;
import no.farvel.mail.internal.OutgoingMessage;

/**
 * A folder of written letters, {@code DIR/<id>/letter.eml}, and the journal's say over which are due: a letter the
 * server accepted is never sent again (nor, when its file changed since, unless {@link #resendChanged}), one in doubt
 * is held back unless {@link #resendInDoubt}, one refused for good unless {@link #retryRefused}. After
 * {@link #circuitBreaker} letters in a row fail for a passing reason, the run stops: the server is unavailable.
 * Immutable.
 *
 * <pre>{@code
 * try (DeliveryJournal journal = DeliveryJournal.open(out.resolve("delivery.jsonl"))) {
 *     OutboxResult result = Outbox.of(out, letters).send(settings, journal);
 * }
 * }</pre>
 */
public final class Outbox {
    /** The file name each letter folder holds. */
    public static final String LETTER_FILE = "letter.eml";
    /** The largest letter file sent, 32 MiB; most servers refuse far less (25 MB is common). */
    public static final int MAX_LETTER_BYTES = 32 * 1024 * 1024;

    private final Path dir;
    private final List<LetterToSend> listed;
    private final Options options;

    /** Everything an outbox can be told besides its letters. */
    private record Options(RetryPolicy retry, boolean retryRefused, boolean resendInDoubt, boolean resendChanged,
                           MailAddress replyTo, DkimSigning dkim, int circuitBreaker, StopRequest stop,
                           Consumer<JournalEntry> listener) {
    }

    private Outbox(Path dir, List<LetterToSend> listed, Options options) {
        this.dir = dir;
        this.listed = listed;
        this.options = options;
    }

    /**
     * Exactly the listed letters of {@code dir}, each sent only while its file has the SHA-256 it was written with.
     * Any other letter file in the folder is reported as {@link OutboxResult#ignored()} and left alone.
     */
    public static Outbox of(Path dir, List<LetterToSend> letters) {
        Objects.requireNonNull(letters, "The parameter 'letters' must not be null");
        return new Outbox(Objects.requireNonNull(dir, "The parameter 'dir' must not be null"), List.copyOf(letters),
                defaults());
    }

    /** Every letter in {@code dir}, in the order of the folder names, trusting whatever the folder holds. */
    public static Outbox in(Path dir) {
        return new Outbox(Objects.requireNonNull(dir, "The parameter 'dir' must not be null"), null, defaults());
    }

    private static Options defaults() {
        return new Options(RetryPolicy.defaults(), false, false, false, null, null, 3, StopRequest.create(),
                entry -> { });
    }

    /** The same outbox retrying transient failures by {@code policy}. */
    public Outbox retry(RetryPolicy policy) {
        Objects.requireNonNull(policy, "The parameter 'policy' must not be null");
        Options o = options;
        return with(new Options(policy, o.retryRefused, o.resendInDoubt, o.resendChanged, o.replyTo, o.dkim,
                o.circuitBreaker, o.stop, o.listener));
    }

    /** The same outbox, also sending letters a server refused for good in an earlier run. */
    public Outbox retryRefused(boolean retry) {
        Options o = options;
        return with(new Options(o.retry, retry, o.resendInDoubt, o.resendChanged, o.replyTo, o.dkim,
                o.circuitBreaker, o.stop, o.listener));
    }

    /**
     * The same outbox, sending again letters whose fate is unknown (a final dot without a recorded reply). Each may
     * then arrive twice; without it, each stays unsent until someone checks with the recipient.
     */
    public Outbox resendInDoubt(boolean resend) {
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, resend, o.resendChanged, o.replyTo, o.dkim,
                o.circuitBreaker, o.stop, o.listener));
    }

    /** The same outbox, sending again a letter whose file changed after the server accepted it. */
    public Outbox resendChanged(boolean resend) {
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, resend, o.replyTo, o.dkim,
                o.circuitBreaker, o.stop, o.listener));
    }

    /** The same outbox, sending every letter with this Reply-To; null keeps each file's own. */
    public Outbox replyTo(MailAddress address) {
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, o.resendChanged, address, o.dkim,
                o.circuitBreaker, o.stop, o.listener));
    }

    /** The same outbox, signing every letter with DKIM; null sends them unsigned. */
    public Outbox dkim(DkimSigning signing) {
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, o.resendChanged, o.replyTo, signing,
                o.circuitBreaker, o.stop, o.listener));
    }

    /** The same outbox, stopping as "server unavailable" after {@code letters} letters in a row fail (default 3). */
    public Outbox circuitBreaker(int letters) {
        if (letters < 1) {
            throw new IllegalArgumentException("The parameter 'letters' must be at least 1, was " + letters);
        }
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, o.resendChanged, o.replyTo, o.dkim,
                letters, o.stop, o.listener));
    }

    /** The same outbox, finishing the letter on the wire and stopping once {@code request} is made. */
    public Outbox stopOn(StopRequest request) {
        Objects.requireNonNull(request, "The parameter 'request' must not be null");
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, o.resendChanged, o.replyTo, o.dkim,
                o.circuitBreaker, request, o.listener));
    }

    /** The same outbox, telling {@code listener} of every journal line once it is on disk; for progress output. */
    public Outbox onAttempt(Consumer<JournalEntry> listener) {
        Objects.requireNonNull(listener, "The parameter 'listener' must not be null");
        Options o = options;
        return with(new Options(o.retry, o.retryRefused, o.resendInDoubt, o.resendChanged, o.replyTo, o.dkim,
                o.circuitBreaker, o.stop, listener));
    }

    private Outbox with(Options options) {
        return new Outbox(dir, listed, options);
    }

    /** Lists what {@link #send} would send, recording each as {@link DeliveryStatus#DRY_RUN}; connects to nothing. */
    public OutboxResult dryRun(DeliveryJournal journal) throws IOException {
        return new Run(journal, null, null).all();
    }

    /**
     * Sends every letter that is due over one connection, journalling each step before the next.
     *
     * @throws DeliveryException when the run had to stop (server unavailable, login or TLS refused), with what was
     *     done and what is left; a rerun with the same journal continues where it stopped
     */
    public OutboxResult send(SmtpSettings settings, DeliveryJournal journal) throws IOException {
        Objects.requireNonNull(settings, "The parameter 'settings' must not be null");
        SmtpSender sender = SmtpSender.open(settings, options.retry).replyTo(options.replyTo).dkim(options.dkim)
                .stopOn(options.stop);
        try {
            return new Run(journal, sender, settings.host() + ":" + settings.port()).all();
        } finally {
            sender.close();
        }
    }

    /** One pass over the letters, collecting what became of each. */
    private final class Run {
        private final DeliveryJournal journal;
        private final SmtpSender sender;
        private final String server;
        private final LetterFolder folder = new LetterFolder(dir, LETTER_FILE, MAX_LETTER_BYTES);
        private final List<OutgoingLetter> sent = new ArrayList<>();
        private final List<OutgoingLetter> alreadySent = new ArrayList<>();
        private final List<OutboxResult.Failure> refused = new ArrayList<>();
        private final List<OutboxResult.Failure> inDoubt = new ArrayList<>();
        private final List<OutboxResult.Failure> left = new ArrayList<>();
        private final List<OutboxResult.Failure> ignored = new ArrayList<>();
        private final List<OutgoingLetter> wouldSend = new ArrayList<>();
        private String stopped;

        Run(DeliveryJournal journal, SmtpSender sender, String server) {
            this.journal = Objects.requireNonNull(journal, "The parameter 'journal' must not be null");
            this.sender = sender;
            this.server = server;
        }

        OutboxResult all() throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new IOException("The outbox folder " + dir + " does not exist; render letters with --formats eml"
                        + " into it first");
            }
            List<LetterToSend> letters = listed;
            if (letters == null) {
                letters = new ArrayList<>();
                for (String id : folder.ids()) {
                    letters.add(new LetterToSend(id, ""));
                }
            } else {
                Set<String> ids = new HashSet<>();
                letters.forEach(letter -> ids.add(letter.id()));
                for (LetterFolder.Refused other : folder.unlisted(ids)) {
                    ignored.add(new OutboxResult.Failure(unread(other.file(), ""), other.reason()));
                }
            }
            int failedInARow = 0;
            String lastFailure = "";
            for (int i = 0; i < letters.size(); i++) {
                if (sender != null && options.stop.isRequested()) {
                    stopped = options.stop.reason();
                    leave(letters.subList(i, letters.size()), "not attempted: " + stopped);
                    break;
                }
                JournalEntry outcome;
                try {
                    outcome = one(letters.get(i));
                } catch (DeliveryException e) {
                    leave(letters.subList(i + 1, letters.size()), "not attempted: the run stopped");
                    throw new DeliveryException(e.getMessage() + ". " + leftOver() + "; a rerun with the same"
                            + " journal sends them", e.getCause(), result());
                }
                if (outcome == null) {
                    continue;
                }
                boolean failed = outcome.status() == DeliveryStatus.TRANSIENT_FAILURE
                        || outcome.status() == DeliveryStatus.IN_DOUBT;
                failedInARow = failed ? failedInARow + 1 : 0;
                lastFailure = failed ? outcome.reply() : lastFailure;
                if (options.stop.isRequested()) {
                    stopped = options.stop.reason();
                    leave(letters.subList(i + 1, letters.size()), "not attempted: " + stopped);
                    break;
                }
                if (failedInARow >= options.circuitBreaker && i + 1 < letters.size()) {
                    leave(letters.subList(i + 1, letters.size()), "not attempted: the server is unavailable");
                    throw new DeliveryException("The SMTP server " + server + " is unavailable: " + failedInARow
                            + " letters in a row failed (last: " + lastFailure + "). " + leftOver() + "; a rerun with"
                            + " the same journal sends them", null, result());
                }
            }
            return result();
        }

        /** Sends or skips one letter; returns the outcome of sending it, or null when it was not sent. */
        private JournalEntry one(LetterToSend wanted) throws IOException {
            Path file = folder.file(wanted.id());
            byte[] eml;
            OutgoingLetter letter;
            try {
                eml = folder.read(wanted.id());
                String sha256 = Sha256.hex(eml);
                if (listed != null && !sha256.equalsIgnoreCase(wanted.sha256())) {
                    ignored.add(new OutboxResult.Failure(unread(file, sha256), file + " changed since it was"
                            + " written: its SHA-256 is " + sha256 + ", recorded as " + wanted.sha256()
                            + " when written; left alone"));
                    return null;
                }
                OutgoingMessage message = OutgoingMessage.read(eml);
                letter = new OutgoingLetter(file, message.messageId(), message.recipients(), sha256);
            } catch (LetterFolder.Refusal e) {
                ignored.add(new OutboxResult.Failure(unread(file, wanted.sha256()), e.getMessage()));
                return null;
            } catch (IllegalArgumentException e) {
                ignored.add(new OutboxResult.Failure(unread(file, wanted.sha256()), file + " " + e.getMessage()));
                return null;
            }
            String id = letter.messageId();
            Optional<JournalEntry> acceptance = journal.acceptance(id);
            if (acceptance.isPresent()) {
                String before = acceptance.get().sha256();
                if (before == null || before.equalsIgnoreCase(letter.sha256())) {
                    alreadySent.add(letter);
                    return null;
                }
                if (!options.resendChanged) {
                    ignored.add(new OutboxResult.Failure(letter, file + " changed after it was sent on "
                            + acceptance.get().time() + " (SHA-256 then " + before + ", now " + letter.sha256()
                            + "); not sent again. Send the new version with --resend-changed"));
                    return null;
                }
            } else if (journal.isInDoubt(id) && !options.resendInDoubt) {
                JournalEntry last = journal.lastEntry(id).orElseThrow();
                inDoubt.add(new OutboxResult.Failure(letter, "possibly delivered: "
                        + (last.status() == DeliveryStatus.IN_FLIGHT ? "a run ended while waiting for the server's"
                        + " reply to its final dot on " + last.time() : last.reply())
                        + "; not sent again. Ask the recipient, then send it with --resend-in-doubt if it did not"
                        + " arrive"));
                return null;
            } else if (!options.retryRefused
                    && journal.outcome(id).orElse(null) == DeliveryStatus.PERMANENT_FAILURE) {
                refused.add(new OutboxResult.Failure(letter, "refused in an earlier run, held back: "
                        + journal.lastEntry(id).map(JournalEntry::reply).orElse("")));
                return null;
            }
            if (sender == null) {
                record(new JournalEntry(Instant.now(), id, letter.recipients(), letter.sha256(), null,
                        DeliveryStatus.DRY_RUN, "not sent: dry run", 0));
                wouldSend.add(letter);
                return null;
            }
            JournalEntry outcome;
            try {
                outcome = sender.send(eml, this::record);
            } catch (DeliveryException e) {
                left.add(new OutboxResult.Failure(letter, e.getMessage()));
                throw e;
            }
            switch (outcome.status()) {
                case ACCEPTED -> sent.add(letter);
                case PERMANENT_FAILURE -> refused.add(new OutboxResult.Failure(letter, outcome.reply()));
                case IN_DOUBT -> inDoubt.add(new OutboxResult.Failure(letter, "possibly delivered: "
                        + outcome.reply() + "; not sent again. Ask the recipient, then send it with --resend-in-doubt"
                        + " if it did not arrive"));
                default -> left.add(new OutboxResult.Failure(letter, outcome.reply()));
            }
            return outcome;
        }

        private void record(JournalEntry entry) {
            try {
                journal.append(entry);
            } catch (IOException e) {
                throw new UncheckedIOException("Writing the delivery journal " + journal.file() + " failed", e);
            }
            options.listener.accept(entry);
        }

        private void leave(List<LetterToSend> rest, String reason) {
            for (LetterToSend letter : rest) {
                left.add(new OutboxResult.Failure(unread(folder.file(letter.id()), letter.sha256()), reason));
            }
        }

        private String leftOver() {
            return left.size() == 1 ? "1 letter is left" : left.size() + " letters are left";
        }

        private OutboxResult result() {
            return new OutboxResult(sent, alreadySent, refused, inDoubt, left, ignored, wouldSend, stopped);
        }
    }

    private static OutgoingLetter unread(Path file, String sha256) {
        return new OutgoingLetter(file, "", List.of(), sha256);
    }
}
