package no.farvel.docx;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.testing.SharedExamples;

/**
 * Renders example files in every format and prints one line per file and format: {@code file format sha256}. Run in a
 * fresh JVM by {@link ReproducibleOutputTest}, so nothing cached in one process can hide a difference.
 */
public final class RenderDigests {
    private RenderDigests() {
    }

    public static void main(String[] args) throws Exception {
        Farvel farvel = Farvel.builder().build();
        for (String arg : args) {
            Path file = Path.of(arg);
            digests(farvel, SharedExamples.read(file)).forEach((format, sha256) ->
                    System.out.println(file + " " + format + " " + sha256));
        }
    }

    /** The SHA-256 of the termination's letter in each format the instance writes, by format. */
    static Map<String, String> digests(Farvel farvel, Termination termination) throws Exception {
        RenderedLetter letter = farvel.render(termination);
        Map<String, String> digests = new TreeMap<>();
        for (String format : farvel.formats()) {
            digests.put(format, sha256(letter.bytes(format)));
        }
        return digests;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
