package no.farvel.cli.batch.internal;

import java.util.ArrayList;
import java.util.List;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/** The files a batch can write per record, and how each is made. */
final class LetterFormats {
    private static final List<String> PREFERRED = List.of("pdf", "docx", "eml");

    private LetterFormats() {
    }

    /** PDF, DOCX and e-mail, as far as this build has renderers for them. */
    static List<String> defaults() {
        List<String> available = available();
        return PREFERRED.stream().filter(available::contains).toList();
    }

    static List<String> available() {
        List<String> formats = new ArrayList<>(Farvel.builder().build().formats());
        return List.copyOf(formats);
    }

    static byte[] write(RenderedLetter letter, Termination termination, String format) {
        return letter.bytes(format);
    }
}
