package no.farvel.batch.internal;

import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.mail.EmlWriter;
import no.farvel.mail.LetterMail;
import no.farvel.mail.MailOptions;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/** The files a batch can write per record, and how each is made. */
final class LetterFormats {
    /** The e-mail, as an RFC 5322 {@code .eml} file that {@code farvel send} delivers. */
    static final String EML = "eml";
    private static final List<String> PREFERRED = List.of("pdf", "docx", EML);

    private LetterFormats() {
    }

    /** PDF, DOCX and e-mail, as far as this build has renderers for them. */
    static List<String> defaults() {
        List<String> available = available();
        return PREFERRED.stream().filter(available::contains).toList();
    }

    /**
     * The renderers' formats and {@code eml}: found once, when first asked for (the renderers on the class path do not
     * change while the process runs; each record asks when it writes its folder).
     */
    static List<String> available() {
        return Available.FORMATS;
    }

    /** Holds the formats, found when the class is first used. */
    private static final class Available {
        static final List<String> FORMATS = find();

        private static List<String> find() {
            List<String> formats = new ArrayList<>(Farvel.builder().build().formats());
            formats.add(EML);
            return formats.stream().sorted().toList();
        }
    }

    /** Why the e-mail cannot be made for this termination, as a field path; null when it can. */
    static String missingForEmail(Termination termination) {
        if (termination.provider() == null || blank(termination.provider().email())) {
            return "provider.email";
        }
        if (termination.client() == null || blank(termination.client().email())) {
            return "client.email";
        }
        return null;
    }

    static byte[] write(RenderedLetter letter, Termination termination, String format) {
        if (format.equals(EML)) {
            return EmlWriter.toBytes(LetterMail.compose(letter, termination, MailOptions.defaults()));
        }
        return letter.bytes(format);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
