package no.farvel.templates.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.spi.RenderException;

/**
 * Run in a JVM of its own with a small heap by {@link SmallHeapTest}: verifies each pack given, then writes a letter
 * with it, printing the report and the refusal. An out-of-memory error that escapes ends it with a stack trace and
 * exit code 1.
 */
public final class SmallHeapVerify {
    private SmallHeapVerify() {
    }

    public static void main(String[] specs) throws IOException, TerminationReadException {
        PackOptions options = PackOptions.defaults().withLimits(PackLimits.defaults().with("templateTime", "5s"));
        Termination sample;
        try (InputStream in = SmallHeapVerify.class.getClassLoader()
                .getResourceAsStream("no/farvel/templates/samples/en-scope.json")) {
            sample = TerminationReader.create().readOne(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "en-scope.json");
        }
        for (String spec : specs) {
            System.out.println("== " + spec);
            System.out.println(PackVerifier.verify(spec, options));
            try {
                RenderedLetter letter = Farvel.builder().pack(Packs.load(spec, options)).build().render(sample);
                letter.pdf();
                System.out.println("letter written");
            } catch (RenderException e) {
                System.out.println("letter refused: " + e.getMessage());
            }
        }
    }
}
