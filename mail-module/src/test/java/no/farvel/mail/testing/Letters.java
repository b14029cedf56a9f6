package no.farvel.mail.testing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReader;
import no.farvel.core.testing.ExampleFiles;
import no.farvel.mail.LetterEmail;
import no.farvel.mail.LetterMail;
import no.farvel.mail.MailOptions;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/** The example terminations (the project's own copies), rendered once per test run. */
public final class Letters {
    public static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 28, 9, 30, 0, 0, ZoneId.of("Europe/Oslo"));
    private static final Farvel FARVEL = Farvel.builder().build();
    private static final Map<String, RenderedLetter> RENDERED = new ConcurrentHashMap<>();

    private Letters() {
    }

    /** An example, such as {@code nb-sen-betaling}. */
    public static Termination termination(String example) {
        Path file = ExampleFiles.own(example + ".json");
        try {
            return TerminationReader.create().readOne(file);
        } catch (no.farvel.core.json.TerminationReadException e) {
            throw new IllegalStateException("The example " + file + " cannot be read", e);
        }
    }

    public static RenderedLetter rendered(String example) {
        return RENDERED.computeIfAbsent(example, e -> FARVEL.render(termination(e)));
    }

    /** The e-mail for an example with a fixed date. */
    public static LetterEmail email(String example) {
        return LetterMail.compose(rendered(example), termination(example), MailOptions.builder().date(DATE).build());
    }

    /** A small e-mail with the given Message-ID and recipient, for delivery tests. */
    public static LetterEmail small(int n, String to) {
        return LetterEmail.builder()
                .from("post@nordlys.example", "Nordlys Regnskap AS")
                .to(to, "Kunde " + n)
                .subject("Oppsigelse nr. " + n + " – æøå")
                .text("Brev nummer " + n + ".\n")
                .html("<p>Brev nummer " + n + ".</p>")
                .attachment("Oppsigelse " + n + ".pdf", "application/pdf", ("%PDF-1.4 " + n).getBytes())
                .messageId("<termination.kunde-" + n + "@nordlys.example>")
                .date(DATE)
                .build();
    }
}
