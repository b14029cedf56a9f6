package no.farvel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.mail.EmlWriter;
import no.farvel.mail.LetterMail;
import no.farvel.mail.MailOptions;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to write one letter, the bokmål example, in each format: Farvel against the same letter written by hand
 * with OpenPDF ({@code handWrittenPdf}) and POI ({@code handWrittenDocx}), the floors Farvel is measured against.
 * Each Farvel benchmark renders anew, since a {@link RenderedLetter} keeps each format it has written.
 * The defaults take about three minutes for all six; run them with {@code samples/bench/run-jmh.sh}. POI and OpenPDF
 * still get faster after ten seconds of warm-up, hence twenty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class LetterBenchmarks {
    /** The bokmål example, one of the built-in pack's samples in farvel-templates. */
    static final String EXAMPLE = "nb-sen-betaling.json";
    private static final String FONTS = "/no/farvel/templates/packs/default/fonts/";

    static {
        // POI logs through Log4j; without this it warns on every run that no Log4j implementation is there.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private Termination termination;
    private Farvel farvel;
    private HandWrittenPdf handWrittenPdfWriter;
    private HandWrittenDocx handWrittenDocxWriter;

    /** The e-mail bodies of one letter. */
    public record HtmlAndText(String html, String text) {
    }

    /** Reads the example and the fonts once, outside the measurement. */
    @Setup
    public void setUp() throws IOException, TerminationReadException {
        String json = new String(resource("/no/farvel/templates/samples/" + EXAMPLE), StandardCharsets.UTF_8);
        termination = TerminationReader.create().readOne(json, EXAMPLE);
        farvel = Farvel.builder().build();
        handWrittenPdfWriter = new HandWrittenPdf(resource(FONTS + "LiberationSans-Regular.ttf"),
                resource(FONTS + "LiberationSans-Bold.ttf"));
        handWrittenDocxWriter = new HandWrittenDocx();
    }

    /** Farvel's PDF/A-1b. */
    @Benchmark
    public byte[] pdf() {
        return farvel.render(termination).pdf();
    }

    /** The floor for {@link #pdf}: the same letter with direct OpenPDF calls. */
    @Benchmark
    public byte[] handWrittenPdf() {
        return handWrittenPdfWriter.write(LetterText.of(termination));
    }

    /** Farvel's DOCX. */
    @Benchmark
    public byte[] docx() {
        return farvel.render(termination).docx();
    }

    /** The floor for {@link #docx}: the same letter with direct POI calls. */
    @Benchmark
    public byte[] handWrittenDocx() {
        return handWrittenDocxWriter.write(LetterText.of(termination));
    }

    /** Farvel's HTML and plain-text e-mail bodies of one letter. */
    @Benchmark
    public HtmlAndText htmlAndText() {
        RenderedLetter letter = farvel.render(termination);
        return new HtmlAndText(letter.html(), letter.text());
    }

    /** The whole e-mail as an .eml file: both bodies and the PDF attached, so it costs at least {@link #pdf}. */
    @Benchmark
    public byte[] eml() {
        RenderedLetter letter = farvel.render(termination);
        return EmlWriter.toBytes(LetterMail.compose(letter, termination, MailOptions.defaults()));
    }

    Termination termination() {
        return termination;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LetterBenchmarks.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("'" + path + "' is not on the class path; build with"
                        + " 'mvn -pl samples/bench -am package' so the example and the fonts are in the jar");
            }
            return in.readAllBytes();
        }
    }
}
