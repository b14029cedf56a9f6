package no.farvel.mail.testing;

import java.nio.file.Path;
import java.time.Duration;
import no.farvel.mail.DeliveryJournal;
import no.farvel.mail.Outbox;
import no.farvel.mail.OutboxResult;
import no.farvel.mail.RetryPolicy;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;
import no.farvel.mail.StopRequest;

/**
 * Sends an outbox folder as the command line does, stopping cleanly on SIGTERM, for tests that kill it: {@code
 * SendMain DIR PORT}. Prints one summary line.
 */
public final class SendMain {
    private SendMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        SmtpSettings settings = SmtpSettings.builder("127.0.0.1", Integer.parseInt(args[1])).security(Security.PLAIN)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10))
                .deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30)).build();
        try (StopRequest stop = StopRequest.onShutdown(Duration.ofSeconds(20));
             DeliveryJournal journal = DeliveryJournal.open(out.resolve("delivery.jsonl"))) {
            OutboxResult result = Outbox.in(out).retry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10),
                    0)).stopOn(stop).send(settings, journal);
            System.out.println(result.sent().size() + " sent, " + result.left().size() + " left"
                    + (result.stopped() == null ? "" : " (" + result.stopped() + ")"));
            System.out.flush();
        }
    }
}
