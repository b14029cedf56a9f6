package no.farvel.templates.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rhythm;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.RenderContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A letter that overflows its first page is set tight when that keeps it on one page. The renderer skips laying a
 * letter out tight when the regular layout's least heights in the tight rhythm already overflow the page; these
 * tests hold that bound to the tight layout itself, part by part, and the choice to the pages the letter gets.
 */
class RhythmFitTest {
    private static final float MM = (float) LetterLayout.POINTS_PER_MM;
    private static final String WORDS = "Vi har dokumentert forholdet i referater og e-post gjennom hele perioden og "
            + "gitt dere flere frister for retting";

    private final RenderContext context = new ClasspathPack().with(LetterFixture.LOGO, LetterFixture.logoPng())
            .context();
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void noPartOfABodyIsShorterInTheTightRhythmThanItsRegularLayoutSaysItCanBe() throws IOException {
        List<String> failures = new ArrayList<>();
        int parts = 0;
        for (int invoices : new int[] {0, 1, 3, 12}) {
            for (boolean varied : new boolean[] {false, true}) {
                List<Block> body = body(invoices, varied ? 40 : 7, varied);
                String name = invoices + " invoices" + (varied ? ", varied" : "");
                Flows flows = new Flows(body);
                List<int[]> regular = parts(flows.regular);
                List<int[]> tight = parts(flows.tight);
                assertThat(tight).as("parts of %s", name).hasSameSizeAs(regular);
                double gap = 0;
                for (int p = 0; p < regular.size(); p++) {
                    float closerSpace = flows.regular.slice(regular.get(p)[0]).closerSpaceBefore();
                    float tightSpace = flows.tight.slice(tight.get(p)[0]).spaceBefore();
                    if (closerSpace != tightSpace) {
                        failures.add(name + ", part " + p + ": tight space " + tightSpace + ", expected "
                                + closerSpace);
                    }
                    double least = 0;
                    for (int i = regular.get(p)[0]; i < regular.get(p)[1]; i++) {
                        least += flows.regular.leastCloserHeight(i);
                    }
                    double actual = 0;
                    for (int i = tight.get(p)[0]; i < tight.get(p)[1]; i++) {
                        actual += flows.tight.slice(i).height();
                    }
                    if (least > actual) {
                        failures.add(name + ", part " + p + ": at least " + least + " tight, but " + actual);
                    }
                    gap += actual - least;
                }
                parts += regular.size();
                if (!varied) {
                    // Text and tables lose no more than their rounding allowance: only a letter within about a
                    // point of the page's foot is laid out twice.
                    assertThat(gap).as("tight height above its least in %s", name).isLessThan(1);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(parts).as("parts compared").isGreaterThan(150);
    }

    @Test
    void aLetterIsSetTightExactlyWhenThatKeepsItOnOnePage() throws IOException {
        List<String> wrong = new ArrayList<>();
        int tight = 0;
        int regular = 0;
        int flips = 0;
        // A word more at a time, so that some letters fill the tight page to within a fraction of a line.
        for (int invoices = 2; invoices <= 5; invoices++) {
            Rhythm before = null;
            int tooLong = 0;
            for (int words = 0; words <= 90 && tooLong < 6; words++) {
                LetterDocument letter = letter(invoices, words);
                if (pages(render(letter)) < 2) {
                    continue;
                }
                Rhythm expected = pages(render(letter.withRhythm(Rhythm.TIGHT))) == 1 ? Rhythm.TIGHT : Rhythm.REGULAR;
                Rhythm written = renderer.renderFitted(letter, context, OutputStream.nullOutputStream()).rhythm();
                Rhythm measured = renderer.fitted(letter, context).rhythm();
                if (written != expected || measured != expected) {
                    wrong.add(invoices + " invoices, " + words + " words: written " + written + ", measured "
                            + measured + ", but " + expected + " is what keeps it on one page");
                }
                tight += expected == Rhythm.TIGHT ? 1 : 0;
                regular += expected == Rhythm.REGULAR ? 1 : 0;
                tooLong += expected == Rhythm.REGULAR ? 1 : 0;
                flips += before == Rhythm.TIGHT && expected == Rhythm.REGULAR ? 1 : 0;
                before = expected;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(tight).as("letters only the tight rhythm keeps on one page").isGreaterThan(50);
        assertThat(regular).as("letters too long for one page in either rhythm").isGreaterThan(10);
        assertThat(flips).as("steps from a letter that fits tight to one that does not").isEqualTo(4);
    }

    /** The fixture's letter with {@code words} more words in the paragraph before the closing. */
    private static LetterDocument letter(int invoices, int words) {
        LetterDocument fixture = LetterFixture.letter(invoices, true);
        return new LetterDocument(fixture.metadata(), fixture.letterhead(), fixture.recipient(),
                body(invoices, words, false), fixture.footer());
    }

    /**
     * The fixture's body with {@code words} words added before the closing and, when {@code varied}, an image in a
     * paragraph, a table cell of three lines, an image in a cell, an empty paragraph, a rule and a list item of two
     * paragraphs.
     */
    private static List<Block> body(int invoices, int words, boolean varied) {
        List<Block> body = new ArrayList<>(LetterFixture.letter(invoices, true).body());
        int closing = body.size() - 2;
        List<Block> extra = new ArrayList<>();
        extra.add(new Paragraph(List.of(new Text(words(words)))));
        if (varied) {
            extra.add(new Paragraph(List.of(new Text("Logo: "), new Image(LetterFixture.LOGO, "Logo", 30),
                    new Text(" " + words(30)))));
            extra.add(new Heading(3, List.of(new Text(words(14)))));
            extra.add(new Table(List.of(), List.of(new Table.Row(List.of(
                    new Table.Cell(false, false, List.of(new Text(words(40)))),
                    new Table.Cell(false, true, List.of(new Image(LetterFixture.LOGO, "Logo", 20))),
                    new Table.Cell(false, false, List.of(new Text("a"), new LineBreak(), new Text("b"))))))));
            extra.add(new Paragraph(List.of()));
            extra.add(new Rule());
            extra.add(new ListBlock(false, List.of(List.of(new Paragraph(List.of(new Text(words(20)))),
                    new Paragraph(List.of(new Text(words(9))))))));
            extra.add(new Division("note", List.of(new Heading(2, List.of(new Text("Merknad"))),
                    new Paragraph(List.of(new Text(words(25)))))));
        }
        body.addAll(closing, extra);
        return body;
    }

    private static String words(int count) {
        String[] all = WORDS.split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(all[i % all.length]);
        }
        return text.toString();
    }

    /** The slices of each part of the whole body, as [first, end). */
    private static List<int[]> parts(BodyFlow flow) throws IOException {
        List<FlowPart.Slice> slices = flow.all();
        List<int[]> parts = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            if (i == 0 || slices.get(i).part() != slices.get(i - 1).part()) {
                parts.add(new int[] {i, i + 1});
            } else {
                parts.get(parts.size() - 1)[1] = i + 1;
            }
        }
        return parts;
    }

    private byte[] render(LetterDocument letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(letter, context, out);
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** One body laid out in both rhythms on A4 with the built-in pack's fonts, as the renderer lays it out. */
    private final class Flows {
        final BodyFlow regular;
        final BodyFlow tight;

        Flows(List<Block> body) throws IOException {
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
            document.open();
            PdfFonts fonts = new FontCache().family(context.resources(), context.fonts());
            TextStyle base = new TextStyle((float) LetterLayout.BODY_SIZE, false, false, false, Color.BLACK);
            InlineWriter inlines = new InlineWriter(fonts, new PackImages(context.resources(),
                    context.maxImagePixels()), new PageCounter(writer, fonts, base), Color.BLUE);
            float left = 20 * MM;
            float right = (210 - 20) * MM;
            regular = BodyFlow.of(body, new BlockWriter(inlines, base, Color.BLUE, Element.ALIGN_LEFT,
                    LetterLayout.Spacing.REGULAR), LetterLayout.Spacing.TIGHT, left, right);
            tight = BodyFlow.of(body, new BlockWriter(inlines, base, Color.BLUE, Element.ALIGN_LEFT,
                    LetterLayout.Spacing.TIGHT), LetterLayout.Spacing.TIGHT, left, right);
        }
    }
}
