package no.farvel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.farvel.mail.DeliveryException;
import no.farvel.mail.DeliveryJournal;
import no.farvel.mail.DeliveryStatus;
import no.farvel.mail.JournalEntry;
import no.farvel.mail.Outbox;
import no.farvel.mail.OutboxResult;
import no.farvel.mail.OutgoingLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel send}: delivers the {@code letter.eml} files of an output folder over SMTP. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Sends every DIR/<id>/letter.eml over SMTP that the delivery journal (DIR/delivery.jsonl) "
                + "does not show as sent. A rerun sends exactly what is left.",
                "STARTTLS is required unless --smtps; plain SMTP goes only to a loopback address (--plain) or, "
                        + "with --insecure-plain, anywhere."})
final class SendCommand implements Callable<Integer> {
    /** The journal's file name inside the output folder. */
    static final String JOURNAL = "delivery.jsonl";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The output folder of a batch or render run.")
    Path dir;

    @Mixin
    SmtpOptions smtp;

    @Option(names = "--dry-run", description = "List what would be sent; connect to nothing.")
    boolean dryRun;

    @Option(names = "--retry-refused", description = "Also send letters a server refused for good in an earlier run.")
    boolean retryRefused;

    @Override
    public Integer call() throws Exception {
        smtp.requireGiven();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Outbox outbox = Outbox.in(dir).retryRefused(retryRefused).onAttempt(entry -> {
            if (entry.status() == DeliveryStatus.DRY_RUN) {
                return;
            }
            (entry.status().name().endsWith("FAILURE") ? err : out).println(describe(entry));
            out.flush();
            err.flush();
        });
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve(JOURNAL))) {
            OutboxResult result;
            try {
                result = dryRun ? outbox.dryRun(journal) : outbox.send(smtp.settings(), journal);
            } catch (DeliveryException e) {
                err.println("farvel: " + e.getMessage());
                summary(out, e.result());
                return FarvelCommand.FAILED;
            }
            for (OutboxResult.Failure failure : result.failed()) {
                err.println(failure.letter().file() + ": not sent (" + failure.status() + "): " + failure.reason());
            }
            summary(out, result);
            return result.allDelivered() ? 0 : FarvelCommand.FAILED;
        }
    }

    private static String describe(JournalEntry entry) {
        String reply = entry.reply() == null || entry.reply().isBlank() ? "" : " (" + entry.reply().strip() + ")";
        return entry.status() + " " + entry.messageId() + " to " + String.join(", ", entry.recipients()) + reply;
    }

    private void summary(PrintWriter out, OutboxResult result) {
        if (result == null) {
            return;
        }
        if (dryRun) {
            for (OutgoingLetter letter : result.wouldSend()) {
                out.println("would send " + letter.file() + " to " + String.join(", ", letter.recipients()));
            }
            out.println(result.wouldSend().size() + " would be sent, " + result.alreadySent().size()
                    + " already sent");
        } else {
            out.println(result.sent().size() + " sent, " + result.alreadySent().size() + " already sent, "
                    + result.failed().size() + " not sent; journal: " + dir.resolve(JOURNAL));
        }
        out.flush();
    }
}
