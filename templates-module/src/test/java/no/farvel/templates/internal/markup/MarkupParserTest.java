package no.farvel.templates.internal.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.Keep;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.Test;

class MarkupParserTest {

    private static LetterDocument parse(String markup) {
        return MarkupParser.parse(markup, "letter.ftlh");
    }

    private static List<Block> body(String inner) {
        return parse("<article lang=\"nb\">" + inner + "</article>").body();
    }

    /** A paragraph of the given inlines, where a string stands for a {@link Text}. */
    private static Paragraph p(Object... inlines) {
        return new Paragraph(Arrays.stream(inlines).map(o -> o instanceof String s ? new Text(s) : (Inline) o)
                .toList());
    }

    @Test
    void readsMetadataFromArticleAttributes() {
        LetterDocument doc = parse("<article lang=\"nn\" data-title=\"Oppseiing\" data-author=\"Fjord AS\""
                + " data-subject=\"Oppseiing av avtale\"><p>x</p></article>");
        assertThat(doc.metadata()).isEqualTo(
                new LetterDocument.Metadata("Oppseiing", "Fjord AS", "Oppseiing av avtale", "nn"));
    }

    @Test
    void titleFallsBackToFirstLevelOneHeadingTheSubjectToTheTitleAndTheAuthorIsEmpty() {
        LetterDocument doc = parse("<article lang=\"en\"><h1>Notice of <em>termination</em></h1></article>");
        assertThat(doc.metadata()).isEqualTo(
                new LetterDocument.Metadata("Notice of termination", "", "Notice of termination", "en"));
        assertThat(doc.page()).isNull();
    }

    @Test
    void readsThePaperAndMarginsInCssOrder() {
        LetterDocument doc = parse("<article lang=\"en\" data-page-size=\"215.9mm 279.4mm\""
                + " data-page-margins=\"25mm 19mm 30mm 21.5mm\"><p>x</p></article>");
        assertThat(doc.page()).isEqualTo(new PageSetup(215.9, 279.4, 25, 19, 30, 21.5));
    }

    @Test
    void refusesAPaperWithoutUnitsOrWithMarginsThatLeaveNoRoom() {
        assertThatThrownBy(() -> parse("<article lang=\"en\" data-page-size=\"210 297\""
                + " data-page-margins=\"20mm 20mm 20mm 20mm\"><p>x</p></article>"))
                .hasMessage("Line 1, column 85 of the generated markup of letter.ftlh: data-page-size=\"210 297\" must"
                        + " be 2 lengths in millimetres, such as \"210mm 297mm\"");
        assertThatThrownBy(() -> parse("<article lang=\"en\" data-page-size=\"100mm 100mm\""
                + " data-page-margins=\"40mm 40mm 40mm 40mm\"><p>x</p></article>"))
                .hasMessageEndingWith("The margins (40.0, 40.0, 40.0, 40.0 mm) leave less than 50.0 mm for text on"
                        + " 100.0 × 100.0 mm paper");
    }

    @Test
    void mapsPageFurnitureToItsPlaces() {
        LetterDocument doc = parse("""
                <article lang="nb">
                  <header><p>Fjord Regnskap AS</p></header>
                  <address>Kunde AS<br/>Storgata 1<br/>0155 Oslo</address>
                  <p>Hei</p>
                  <footer><p>Side <span class="page"/> av <span class="pages"/></p></footer>
                </article>""");
        assertThat(doc.letterhead()).containsExactly(p("Fjord Regnskap AS"));
        assertThat(doc.recipient()).containsExactly(
                p("Kunde AS", new LineBreak(), "Storgata 1", new LineBreak(), "0155 Oslo"));
        assertThat(doc.body()).containsExactly(p("Hei"));
        assertThat(doc.footer()).containsExactly(p("Side ", new PageNumber(), " av ", new PageCount()));
    }

    @Test
    void mapsEveryBlockElement() {
        List<Block> blocks = body("<h1>A</h1><h2>B</h2><h3>C</h3><hr/>"
                + "<ul><li>en</li><li><p>to</p><p>tre</p></li></ul><ol><li>første</li></ol>"
                + "<section class=\"signature\"><p>Kari</p></section><div class=\"note\">fri tekst</div>");
        assertThat(blocks).containsExactly(
                new Heading(1, List.of(new Text("A"))),
                new Heading(2, List.of(new Text("B"))),
                new Heading(3, List.of(new Text("C"))),
                new Rule(),
                new ListBlock(false, List.of(List.of(p("en")), List.of(p("to"), p("tre")))),
                new ListBlock(true, List.of(List.of(p("første")))),
                new Division("signature", List.of(p("Kari"))),
                new Division("note", List.of(p("fri tekst"))));
    }

    @Test
    void mapsEveryInlineElement() {
        List<Block> blocks = body("<p><strong>s</strong><em>e</em><u>u</u><br/>"
                + "<a href=\"https://fjord.no\">nett</a>"
                + "<img src=\"images/logo.png\" alt=\"Logo\" data-width-mm=\"40\"/>"
                + "<span class=\"kid\">123</span></p>");
        assertThat(blocks).containsExactly(p(
                new Styled(Styled.Style.STRONG, List.of(new Text("s"))),
                new Styled(Styled.Style.EMPHASIS, List.of(new Text("e"))),
                new Styled(Styled.Style.UNDERLINE, List.of(new Text("u"))),
                new LineBreak(),
                new Link("https://fjord.no", List.of(new Text("nett"))),
                new Image("images/logo.png", "Logo", 40),
                new Span("kid", List.of(new Text("123")))));
    }

    @Test
    void mapsTablesWithHeadBodyAndNumericCells() {
        List<Block> blocks = body("<table><thead><tr><th>Faktura</th><th class=\"num\">Beløp</th></tr></thead>"
                + "<tbody><tr><td>1001</td><td class=\"num\">kr 12 400,00</td></tr></tbody>"
                + "<tr><th>Sum</th><td class=\"num wide\">kr 1,00</td></tr></table>");
        assertThat(blocks).containsExactly(new Table(
                List.of(new Table.Row(List.of(
                        new Table.Cell(true, false, List.of(new Text("Faktura"))),
                        new Table.Cell(true, true, List.of(new Text("Beløp")))))),
                List.of(new Table.Row(List.of(
                                new Table.Cell(false, false, List.of(new Text("1001"))),
                                new Table.Cell(false, true, List.of(new Text("kr 12 400,00"))))),
                        new Table.Row(List.of(
                                new Table.Cell(true, false, List.of(new Text("Sum"))),
                                new Table.Cell(false, true, List.of(new Text("kr 1,00"))))))));
    }

    @Test
    void collapsesTemplateWhitespaceLikeHtml() {
        List<Block> blocks = body("""
                <p>
                    Vi   takker for
                    samarbeidet, <strong> Kunde AS </strong> .
                    <br/>
                    Med vennlig hilsen
                </p>""");
        assertThat(blocks).containsExactly(p("Vi takker for samarbeidet, ",
                new Styled(Styled.Style.STRONG, List.of(new Text("Kunde AS "))), ".", new LineBreak(),
                "Med vennlig hilsen"));
    }

    @Test
    void keepsNoBreakSpaces() {
        assertThat(body("<p> kr\u00a012\u00a0400,00 </p><p>&#160;x</p>"))
                .containsExactly(p("kr\u00a012\u00a0400,00"), p("\u00a0x"));
    }

    @Test
    void looseInlineContentInContainersBecomesParagraphsAndBlankTextDisappears() {
        assertThat(body("  tekst <em>her</em>  <p>avsnitt</p>   \n  ")).containsExactly(
                p("tekst ", new Styled(Styled.Style.EMPHASIS, List.of(new Text("her")))), p("avsnitt"));
    }

    @Test
    void escapedTemplateSyntaxStaysLiteralText() {
        assertThat(body("<p>&lt;#assign x=1&gt; &amp; &quot;sitat&quot; &#39;x&#39;</p>"))
                .containsExactly(p("<#assign x=1> & \"sitat\" 'x'"));
    }

    @Test
    void refusesUnknownElementNamingTemplateLineAndAllowedElements() {
        assertThatThrownBy(() -> parse("<article lang=\"nb\">\n<p>Hei</p>\n<p><blink>!</blink></p></article>"))
                .isInstanceOf(RenderException.class)
                .hasMessage("Line 3, column 11 of the generated markup of letter.ftlh: unknown element <blink>;"
                        + " allowed: a, address, article, br, div, em, footer, h1, h2, h3, header, hr, img, li, ol,"
                        + " p, section, span, strong, table, tbody, td, th, thead, tr, u, ul");
    }

    @Test
    void refusesKnownElementInTheWrongPlace() {
        assertThatThrownBy(() -> body("<p><li>x</li></p>"))
                .hasMessage("Line 1, column 27 of the generated markup of letter.ftlh: <li> is not allowed inside"
                        + " <p>; allowed there: a, br, em, img, span, strong, u");
    }

    @Test
    void refusesUnknownAttribute() {
        assertThatThrownBy(() -> body("<p style=\"color:red\">x</p>"))
                .hasMessageEndingWith("unknown attribute style on <p>; allowed on <p>: data-role");
    }

    @Test
    void keepsTheRolesATemplateMarksAndGathersTheirText() {
        LetterDocument doc = parse("<article lang=\"nb\"><p data-role=\"intro\">Hei.</p><p><span data-role=\"thanks\">"
                + "Takk for samarbeidet.</span> <span class=\"x\" data-role=\"wishes\"> Lykke til. </span></p>"
                + "<div data-role=\"note\"><p>Ha det.</p></div></article>");
        assertThat(doc.body().get(0)).isEqualTo(new Paragraph(List.of(new Text("Hei.")), "intro"));
        assertThat(doc.body().get(1)).isEqualTo(new Paragraph(List.of(
                new Span(null, "thanks", List.of(new Text("Takk for samarbeidet."))), new Text(" "),
                new Span("x", "wishes", List.of(new Text("Lykke til."))))));
        assertThat(RoleTexts.of(doc)).containsExactly(java.util.Map.entry("intro", List.of("Hei.")),
                java.util.Map.entry("thanks", List.of("Takk for samarbeidet.")),
                java.util.Map.entry("wishes", List.of("Lykke til.")),
                java.util.Map.entry("note", List.of("Ha det.")));
    }

    @Test
    void readsPageBreakHintsAndRefusesAnUnknownOne() {
        List<Block> body = body("<section data-keep=\" together  with-next \"><p>x</p></section><div><p>y</p></div>");
        assertThat(((Division) body.get(0)).keep()).containsExactlyInAnyOrder(Keep.TOGETHER, Keep.WITH_NEXT);
        assertThat(((Division) body.get(1)).keep()).isEmpty();
        assertThatThrownBy(() -> body("<div data-keep=\"together nobreak\"><p>x</p></div>"))
                .isInstanceOf(RenderException.class).hasMessageEndingWith("data-keep=\"together nobreak\" on <div> has"
                        + " 'nobreak'; use together, with-next, with-previous, separated by spaces");
    }

    @Test
    void refusesARoleThatIsNoName() {
        assertThatThrownBy(() -> body("<p data-role=\"Takk!\">x</p>")).isInstanceOf(RenderException.class)
                .hasMessageEndingWith("data-role=\"Takk!\" is not a role name; use lower-case letters, digits and "
                        + "'-', such as data-role=\"thanks\"");
    }

    @Test
    void refusesLinksThatAreNotWebOrMail() {
        assertThatThrownBy(() -> body("<p><a href=\"javascript:alert(1)\">x</a></p>"))
                .isInstanceOf(RenderException.class)
                .hasMessageEndingWith("link href \"javascript:alert(1)\" is not allowed; use an https:, http: or"
                        + " mailto: address");
        assertThat(body("<p><a href=\"mailto:post@fjord.no\">post@fjord.no</a></p>")).hasSize(1);
    }

    @Test
    void refusesImagesOutsideThePack() {
        for (String src : List.of("/etc/passwd", "../secret.png", "https://tracker.example/p.gif", "file:x.png")) {
            assertThatThrownBy(() -> body("<p><img src=\"" + src + "\" alt=\"\"/></p>"))
                    .as(src).hasMessageContaining("image src \"" + src + "\" must be a relative path");
        }
    }

    @Test
    void refusesDoctypeAndEntityExpansion() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE article [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><article lang=\"nb\"><p>&b;</p></article>";
        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Line 1, column ")
                .hasMessageEndingWith("of the generated markup of letter.ftlh: a DOCTYPE is not allowed in the letter"
                        + " markup; remove it from the template");
        String xxe = "<!DOCTYPE article [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<article lang=\"nb\"><p>&x;</p></article>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(RenderException.class)
                .hasMessageContaining("a DOCTYPE is not allowed").hasMessageNotContaining("root:");
    }

    @Test
    void refusesHtmlEntitiesThatXmlDoesNotKnow() {
        assertThatThrownBy(() -> body("<p>a&nbsp;b</p>")).isInstanceOf(RenderException.class)
                .hasMessageContaining("nbsp");
    }

    @Test
    void reportsMalformedMarkupWithLine() {
        assertThatThrownBy(() -> parse("<article lang=\"nb\">\n<p>uten slutt\n</article>"))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Line 3, column ")
                .hasMessageContaining("of the generated markup of letter.ftlh: the markup is not well-formed XML: ");
    }

    @Test
    void requiresArticleRootWithLanguage() {
        assertThatThrownBy(() -> parse("<p>x</p>")).hasMessageEndingWith(
                "the markup must start with <article lang=\"...\">, not <p>");
        assertThatThrownBy(() -> parse("<article><p>x</p></article>")).hasMessageEndingWith(
                "<article> needs a lang attribute, such as lang=\"nb\"");
    }

    @Test
    void refusesTwoFooters() {
        assertThatThrownBy(() -> body("<footer/><footer/>")).hasMessageEndingWith(
                "<footer> appears twice; a letter has one");
    }
}
