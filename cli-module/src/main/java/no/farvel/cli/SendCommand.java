package no.farvel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.WrittenFile;
import no.farvel.core.text.Printable;
import no.farvel.mail.DeliveryException;
import no.farvel.mail.DeliveryJournal;
import no.farvel.mail.DeliveryStatus;
import no.farvel.mail.DkimSigning;
import no.farvel.mail.JournalEntry;
import no.farvel.mail.LetterToSend;
import no.farvel.mail.MailAddress;
import no.farvel.mail.Outbox;
import no.farvel.mail.OutboxResult;
import no.farvel.mail.OutgoingLetter;
import no.farvel.mail.SmtpSettings;
import no.farvel.mail.StopRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel send}: delivers the letters a batch or render run wrote into an output folder, over SMTP. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Sends every letter DIR/manifest.jsonl lists as written (DIR/<id>/letter.eml, with its "
                + "recorded SHA-256) that the delivery journal (DIR/delivery.jsonl) does not show as sent. A rerun "
                + "sends exactly what is left; any other letter file is reported and left alone.",
                "STARTTLS is required unless --smtps; plain SMTP goes only to a loopback address (--plain) or, "
                        + "with --insecure-plain, anywhere. SIGTERM or Ctrl-C finishes the letter on the wire, "
                        + "journals it and prints the summary."})
final class SendCommand implements Callable<Integer> {
    /** The journal's file name inside the output folder. */
    static final String JOURNAL = "delivery.jsonl";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The output folder of a batch or render run.")
    Path dir;

    @Mixin
    SmtpOptions smtp;

    @Option(names = "--reply-to", paramLabel = "ADDRESS",
            description = "Replies go to ADDRESS (local@domain) instead of the sender.")
    String replyTo;

    @Option(names = "--dkim-key", paramLabel = "FILE",
            description = "Sign every letter with DKIM using this RSA key (PKCS#8 PEM); needs --dkim-selector and "
                    + "--dkim-domain.")
    Path dkimKey;

    @Option(names = "--dkim-selector", paramLabel = "S", description = "The DKIM selector (S._domainkey.DOMAIN).")
    String dkimSelector;

    @Option(names = "--dkim-domain", paramLabel = "DOMAIN", description = "The DKIM signing domain.")
    String dkimDomain;

    @Option(names = "--dry-run", description = "List what would be sent; connect to nothing.")
    boolean dryRun;

    @Option(names = "--retry-refused", description = "Also send letters a server refused for good in an earlier run.")
    boolean retryRefused;

    @Option(names = "--resend-in-doubt", description = "Also send letters that may have arrived already: a run "
            + "ended before the server's reply to them was recorded. They may arrive twice.")
    boolean resendInDoubt;

    @Option(names = "--resend-changed", description = "Send a letter again when its file changed after it was sent.")
    boolean resendChanged;

    @Override
    public Integer call() throws Exception {
        smtp.requireGiven();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LetterToSend> letters = Manifest.lettersToSend(dir);
        SmtpSettings settings = dryRun ? null : smtp.settings();
        Outbox outbox = Outbox.of(dir, letters).retryRefused(retryRefused).resendInDoubt(resendInDoubt)
                .resendChanged(resendChanged).replyTo(replyTo()).dkim(dkim()).onAttempt(entry -> {
                    if (entry.status() == DeliveryStatus.DRY_RUN || entry.status() == DeliveryStatus.IN_FLIGHT) {
                        return;
                    }
                    (entry.status() == DeliveryStatus.ACCEPTED ? out : err).println(describe(entry));
                    out.flush();
                    err.flush();
                });
        // A signal waits for the letter on the wire: its reply may take the whole command deadline.
        Duration grace = settings == null ? Duration.ofSeconds(5)
                : settings.commandDeadline().plus(settings.writeTimeout()).plusSeconds(5);
        try (StopRequest stop = StopRequest.onShutdown(grace);
             DeliveryJournal journal = DeliveryJournal.open(dir.resolve(JOURNAL))) {
            OutboxResult result;
            try {
                result = dryRun ? outbox.dryRun(journal) : outbox.stopOn(stop).send(settings, journal);
            } catch (DeliveryException e) {
                err.println("farvel: " + Printable.escape(e.getMessage()));
                report(err, e.result());
                summary(out, e.result());
                return FarvelCommand.FAILED;
            }
            report(err, result);
            if (result.stopped() != null) {
                err.println("farvel: " + Printable.escape(result.stopped()) + "; rerun the same command to send what is"
                        + " left");
            }
            summary(out, result);
            return result.allDelivered() ? 0 : FarvelCommand.FAILED;
        }
    }

    private MailAddress replyTo() {
        try {
            return replyTo == null ? null : MailAddress.of(replyTo);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--reply-to': "
                    + e.getMessage());
        }
    }

    private DkimSigning dkim() {
        if (dkimKey == null && dkimSelector == null && dkimDomain == null) {
            return null;
        }
        if (dkimKey == null || dkimSelector == null || dkimDomain == null) {
            throw new ParameterException(spec.commandLine(), "Give --dkim-key, --dkim-selector and --dkim-domain"
                    + " together");
        }
        return DkimSigning.fromKeyFile(dkimKey, dkimSelector, dkimDomain);
    }

    private static String describe(JournalEntry entry) {
        String reply = entry.reply() == null || entry.reply().isBlank() ? "" : " (" + entry.reply().strip() + ")";
        return Printable.escape(entry.status() + " " + entry.messageId() + " to " + String.join(", ", entry.recipients())
                + reply);
    }

    /** The letters not sent that need a person: refused, possibly delivered, or left alone. */
    private static void report(PrintWriter err, OutboxResult result) {
        if (result == null) {
            return;
        }
        for (OutboxResult.Failure failure : result.refused()) {
            err.println(Printable.escape(failure.letter().file() + ": refused: " + failure.reason()));
        }
        for (OutboxResult.Failure failure : result.inDoubt()) {
            err.println(Printable.escape(failure.letter().file() + ": in doubt: " + failure.reason()));
        }
        for (OutboxResult.Failure failure : result.ignored()) {
            err.println(Printable.escape(failure.reason()));
        }
        err.flush();
    }

    private void summary(PrintWriter out, OutboxResult result) {
        if (result == null) {
            return;
        }
        if (dryRun) {
            for (OutgoingLetter letter : result.wouldSend()) {
                out.println(Printable.escape("would send " + letter.file() + " to " + String.join(", ", letter.recipients())));
            }
            out.println(result.wouldSend().size() + " would be sent, " + result.alreadySent().size()
                    + " already sent, " + result.refused().size() + " refused, " + result.inDoubt().size()
                    + " in doubt, " + result.ignored().size() + " ignored");
        } else {
            out.println(result.sent().size() + " sent, " + result.alreadySent().size() + " already sent, "
                    + result.refused().size() + " refused, " + result.inDoubt().size() + " in doubt, "
                    + result.left().size() + " left, " + result.ignored().size() + " ignored; journal: "
                    + Printable.escape(dir.resolve(JOURNAL).toString()));
        }
        out.flush();
    }
}
