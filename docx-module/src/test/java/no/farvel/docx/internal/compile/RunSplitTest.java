package no.farvel.docx.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.core.Termination;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordLetters;
import no.farvel.docx.testing.WordXml;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Word splits what an author types into runs wherever it likes: at a spelling mark, a bookmark, a revision, a smart
 * tag, a content control, a comment, a page break it recorded, or a field. Whatever the split, the letter is the one
 * the unsplit document writes.
 */
class RunSplitTest {
    private static final Termination NB = WordLetters.sample("nb-sen-betaling.json");
    private static final Pattern TAG = Pattern.compile("\\[[#/=][^\\]]*]|\\$\\{[^}]*}");

    /** The letter's paragraphs; the bullet and the table cells are marked by their prefixes. */
    private static final List<String> PARAGRAPHS = List.of(
            "Til [=client.name], att. ${client.attention}.",
            "[#if contract.title?has_content]Vi viser til «[=contract.title]».[#else]Vi viser til samarbeidet.[/#if]",
            "[#list reasons as reason]",
            "•[=reason.detail]",
            "[/#list]",
            "|[#list invoices as invoice][=invoice.number]|[=invoice.amount][/#list]",
            "[#if closing.thanks]Takk for samarbeidet.[/#if] [#-- merknad til juristene --]");

    private static String expectedText;
    private static String expectedHtml;

    /** Ways Word divides text between two runs: what comes between them, and what wraps the second. */
    private enum Splitter {
        RUN_BOUNDARY("", run -> run.replace("<w:r>", "<w:r w:rsidR=\"00A1B2C3\"><w:rPr><w:lang w:val=\"nb-NO\"/>"
                + "</w:rPr>")),
        SPELLING("<w:proofErr w:type=\"spellStart\"/>", run -> run + "<w:proofErr w:type=\"spellEnd\"/>"),
        GRAMMAR("<w:proofErr w:type=\"gramStart\"/>", run -> run + "<w:proofErr w:type=\"gramEnd\"/>"),
        BOOKMARK("<w:bookmarkStart w:id=\"7\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"7\"/>", run -> run),
        INSERTION("", run -> "<w:ins w:id=\"11\" w:author=\"Jurist\" w:date=\"2026-11-01T10:00:00Z\">" + run
                + "</w:ins>"),
        DELETION("<w:del w:id=\"12\" w:author=\"Jurist\"><w:r><w:delText>[#if x]slettet]</w:delText></w:r></w:del>",
                run -> run),
        SMART_TAG("", run -> "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">"
                + run + "</w:smartTag>"),
        PAGE_BREAK_RECORDED("<w:r><w:lastRenderedPageBreak/></w:r>", run -> run),
        CONTENT_CONTROL("", run -> "<w:sdt><w:sdtPr><w:id w:val=\"5\"/></w:sdtPr><w:sdtContent>" + run
                + "</w:sdtContent></w:sdt>"),
        COMMENT("<w:commentRangeStart w:id=\"3\"/>", run -> run + "<w:commentRangeEnd w:id=\"3\"/>"),
        INDEX_FIELD("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> XE"
                + " \"oppsigelse\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", run -> run),
        EMPTY_RUNS("<w:r><w:rPr><w:b/></w:rPr></w:r><w:r><w:t></w:t></w:r>", run -> run);

        private final String between;
        private final UnaryOperator<String> wrap;

        Splitter(String between, UnaryOperator<String> wrap) {
            this.between = between;
            this.wrap = wrap;
        }
    }

    @BeforeAll
    static void renderTheUnsplitLetter() {
        RenderedLetter letter = render(document(text -> List.of(text), i -> Splitter.RUN_BOUNDARY));
        expectedText = letter.text();
        expectedHtml = letter.html();
        assertThat(expectedText).contains("Til Fjordkraft Demo AS, att. Kari Kunde.",
                "Vi viser til «Avtale om regnskapstjenester».", "- Oppdraget er utvidet", "2026-1088",
                "Takk for samarbeidet.");
    }

    @Test
    void aLetterWithEveryCharacterInARunOfItsOwnIsTheSameLetter() {
        for (Splitter splitter : Splitter.values()) {
            RenderedLetter letter = render(document(RunSplitTest::characters, i -> splitter));

            assertThat(letter.text()).as("every character split by %s", splitter).isEqualTo(expectedText);
            assertThat(letter.html()).as("every character split by %s", splitter).isEqualTo(expectedHtml);
        }
    }

    @Test
    void aTagSplitAtAnyOfItsCharacterBoundariesBySomethingWordPutThereIsTheSameLetter() {
        int variants = 0;
        for (int p = 0; p < PARAGRAPHS.size(); p++) {
            Matcher tag = TAG.matcher(PARAGRAPHS.get(p));
            while (tag.find()) {
                for (int cut = tag.start() + 1; cut < tag.end(); cut++) {
                    Splitter splitter = Splitter.values()[variants % Splitter.values().length];
                    int paragraph = p;
                    int at = cut;
                    RenderedLetter letter = render(document(text -> text.equals(PARAGRAPHS.get(paragraph))
                            ? List.of(text.substring(0, at), text.substring(at)) : List.of(text), i -> splitter));

                    assertThat(letter.text()).as("%s split after '%s' by %s", tag.group(),
                            PARAGRAPHS.get(p).substring(tag.start(), cut), splitter).isEqualTo(expectedText);
                    assertThat(letter.html()).as("%s split after '%s' by %s", tag.group(),
                            PARAGRAPHS.get(p).substring(tag.start(), cut), splitter).isEqualTo(expectedHtml);
                    variants++;
                }
            }
        }
        assertThat(variants).isGreaterThan(200);
    }

    private static List<String> characters(String text) {
        List<String> characters = new ArrayList<>();
        text.codePoints().forEach(c -> characters.add(new String(Character.toChars(c))));
        return characters;
    }

    /**
     * The letter's document with each paragraph's text cut into runs by {@code cut}, the runs divided by the
     * splitter {@code splitterAt} gives for each boundary.
     */
    private static byte[] document(java.util.function.Function<String, List<String>> cut,
                                   java.util.function.IntFunction<Splitter> splitterAt) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : PARAGRAPHS) {
            if (paragraph.startsWith("|")) {
                String[] cells = paragraph.substring(1).split("\\|");
                body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr>");
                for (String cell : cells) {
                    body.append("<w:tc><w:p>").append(runs(cut.apply(cell), splitterAt)).append("</w:p></w:tc>");
                }
                body.append("</w:tr></w:tbl>");
                continue;
            }
            boolean bullet = paragraph.startsWith("•");
            String text = bullet ? paragraph.substring(1) : paragraph;
            body.append(bullet ? WordXml.bullet("").replace("<w:r><w:t xml:space=\"preserve\"></w:t></w:r>",
                    runs(cut.apply(text), splitterAt)) : "<w:p>" + runs(cut.apply(text), splitterAt) + "</w:p>");
        }
        return new WordPackage().footer(WordXml.paragraph(WordXml.run("[=provider.name] · Side ")
                + WordXml.field("PAGE", "1"))).body(body.toString()).build();
    }

    private static String runs(List<String> pieces, java.util.function.IntFunction<Splitter> splitterAt) {
        StringBuilder xml = new StringBuilder(WordXml.run(pieces.get(0)));
        for (int i = 1; i < pieces.size(); i++) {
            Splitter splitter = splitterAt.apply(i);
            xml.append(splitter.between).append(splitter.wrap.apply(WordXml.run(pieces.get(i))));
        }
        return xml.toString();
    }

    private static RenderedLetter render(byte[] docx) {
        Map<String, byte[]> files = Map.of(
                "farvel-pack.json", ("{\"name\": \"split\", \"version\": \"1\", \"locales\": [\"nb\"], \"documents\":"
                        + " {\"letter\": \"letter_nb.docx\"}, \"fonts\": {\"name\": \"Liberation Sans\"}}")
                        .getBytes(StandardCharsets.UTF_8),
                "letter_nb.docx", docx);
        PackResources resources = new PackResources() {
            @Override
            public String name() {
                return "split";
            }

            @Override
            public byte[] read(String path) {
                byte[] file = files.get(path);
                if (file == null) {
                    throw new RenderException("Pack 'split': file '" + path + "' not found");
                }
                return file;
            }
        };
        try {
            // A part of a letter, to compare splits: the guide check has nothing to say about it here.
            return Farvel.builder().pack(TemplatePack.of(resources)).allowFindings().build().render(NB);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
