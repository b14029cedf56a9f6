package no.farvel.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.farvel.batch.Manifest;
import no.farvel.mail.LetterToSend;
import no.farvel.batch.OutputWriter;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.DeliveryException;
import no.farvel.mail.DeliveryJournal;
import no.farvel.mail.Outbox;
import no.farvel.mail.OutboxResult;
import no.farvel.mail.OutgoingLetter;
import no.farvel.mail.SmtpSettings;

/**
 * Sends single letters from the web page or the API through the same outbox and journal as {@code farvel send}: each
 * letter is written to {@code WORK/letters/SEND-ID/ID/letter.eml}, and one journal,
 * {@code WORK/letters/delivery.jsonl}, records every attempt, so a letter the server accepted is never sent twice.
 */
public final class LetterSender {
    /** The journal's name, as {@code farvel send} names it. */
    public static final String JOURNAL = "delivery.jsonl";

    private final Path folder;
    private final SmtpSettings smtp;
    private final Metrics metrics;

    public LetterSender(Path folder, SmtpSettings smtp, Metrics metrics) {
        this.folder = folder;
        this.smtp = smtp;
        this.metrics = metrics;
    }

    /** Refuses with 501 when the server was started without an SMTP server. */
    public void requireConfigured() {
        if (smtp == null) {
            throw ProblemException.of(501, "sending-not-configured", "This server does not send e-mail",
                    "Start it with --smtp HOST:PORT (and --smtp-user with --smtp-password-env) to send letters");
        }
    }

    /** Sends one letter, or lists it with {@code dryRun}; one send at a time, as the journal allows. */
    public ObjectNode send(String id, byte[] eml, boolean dryRun) throws IOException {
        requireConfigured();
        Path sendFolder = folder.resolve(Ids.next());
        OutputWriter.write(sendFolder.resolve(id), Outbox.LETTER_FILE, eml);
        synchronized (this) {
            try (DeliveryJournal journal = DeliveryJournal.open(folder.resolve(JOURNAL))) {
                Outbox outbox = Outbox.of(sendFolder, List.of(new LetterToSend(id, Sha256.hex(eml))));
                return summary(dryRun ? outbox.dryRun(journal) : deliver(outbox, journal), sendFolder);
            }
        }
    }

    /** Sends a folder of letters as {@code farvel send DIR} does, with its journal {@code DIR/delivery.jsonl}. */
    public ObjectNode sendFolder(Path dir, boolean dryRun) throws IOException {
        requireConfigured();
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve(JOURNAL))) {
            Outbox outbox = Outbox.of(dir, Manifest.lettersToSend(dir));
            return summary(dryRun ? outbox.dryRun(journal) : deliver(outbox, journal), dir);
        }
    }

    private OutboxResult deliver(Outbox outbox, DeliveryJournal journal) throws IOException {
        try {
            OutboxResult result = outbox.send(smtp, journal);
            count(result);
            return result;
        } catch (DeliveryException e) {
            if (e.result() != null) {
                count(e.result());
            }
            throw ProblemException.of(502, "delivery-stopped", "The mail server did not take the letters",
                    e.getMessage() + (e.result() == null ? "" : "; " + e.result().sent().size()
                            + " sent before it stopped, and a new send goes on from there"));
        }
    }

    private void count(OutboxResult result) {
        result.sent().forEach(letter -> metrics.increment("farvel_mails_total", "status", "accepted"));
        result.refused().forEach(failure -> metrics.increment("farvel_mails_total", "status", "refused"));
        result.inDoubt().forEach(failure -> metrics.increment("farvel_mails_total", "status", "in_doubt"));
        result.left().forEach(failure -> metrics.increment("farvel_mails_total", "status", "left"));
    }

    /** What became of each letter, by its record id: sent, already sent, would send (dry run) or failed. */
    static ObjectNode summary(OutboxResult result, Path dir) {
        ObjectNode body = Json.object();
        body.put("sent", result.sent().size()).put("alreadySent", result.alreadySent().size())
                .put("refused", result.refused().size()).put("inDoubt", result.inDoubt().size())
                .put("left", result.left().size()).put("ignored", result.ignored().size())
                .put("wouldSend", result.wouldSend().size());
        ArrayNode letters = body.putArray("letters");
        for (Map.Entry<String, List<OutgoingLetter>> group : Map.of("sent", result.sent(), "alreadySent",
                result.alreadySent(), "wouldSend", result.wouldSend()).entrySet()) {
            for (OutgoingLetter letter : group.getValue()) {
                describe(letters.addObject(), letter, dir).put("status", group.getKey());
            }
        }
        for (Map.Entry<String, List<OutboxResult.Failure>> group : Map.of("refused", result.refused(), "inDoubt",
                result.inDoubt(), "left", result.left(), "ignored", result.ignored()).entrySet()) {
            for (OutboxResult.Failure failure : group.getValue()) {
                describe(letters.addObject(), failure.letter(), dir).put("status", group.getKey())
                        .put("reason", failure.reason());
            }
        }
        return body;
    }

    private static ObjectNode describe(ObjectNode node, OutgoingLetter letter, Path dir) {
        Path folder = letter.file().getParent();
        node.put("id", folder == null ? "" : dir.relativize(folder).toString());
        node.put("messageId", letter.messageId());
        letter.recipients().forEach(node.putArray("recipients")::add);
        return node;
    }
}
