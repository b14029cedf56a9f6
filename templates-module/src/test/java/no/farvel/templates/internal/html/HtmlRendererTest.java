package no.farvel.templates.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Text;
import no.farvel.templates.internal.markup.MarkupParser;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final RenderContext CONTEXT = new RenderContext(new PackResources() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public byte[] read(String path) {
            throw new AssertionError("The HTML renderer must not read pack files, but read " + path);
        }
    }, new RenderContext.FontFamily("Liberation Sans", "r.ttf", "b.ttf", "i.ttf", "bi.ttf"), "#0b5394");

    private static String render(LetterDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        new HtmlRenderer().render(document, CONTEXT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String render(String markup) throws IOException {
        return render(MarkupParser.parse(markup, "letter.ftlh"));
    }

    @Test
    void rendersASmallLetterAsAStandaloneEmailBody() throws IOException {
        String html = render("""
                <article lang="nb" data-title="Oppsigelse">
                  <header><p><img src="images/logo.png" alt="Fjord Regnskap AS" data-width-mm="40"/></p></header>
                  <address>Kunde AS<br/>0155 OSLO</address>
                  <h1>Oppsigelse</h1>
                  <p>Avtalen opphører <strong>31. mars</strong>. Se <a href="https://fjord.no">fjord.no</a>.</p>
                  <table><thead><tr><th>Faktura</th><th>Beløp</th></tr></thead>
                    <tbody><tr><td>2026-101</td><td class="num">kr\u00a012\u00a0400,00</td></tr></tbody></table>
                  <ul><li>Bilag</li></ul>
                  <hr/>
                  <section class="signature"><p>Ola</p></section>
                  <footer><p>Fjord Regnskap AS</p><p>Side <span class="page"/> av <span class="pages"/></p></footer>
                </article>""");
        String p = "<p style=\"margin:0 0 12px 0;\">";
        String cell = "padding:4px 12px 4px 0;vertical-align:top;";
        assertThat(html).isEqualTo("<!DOCTYPE html>\n"
                + "<html lang=\"nb\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Oppsigelse</title>\n</head>\n"
                + "<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n"
                + "<div style=\"max-width:640px;margin:0 auto;padding:24px 16px;font-family:'Liberation Sans',"
                + "Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;\">\n"
                + "<div style=\"margin:0 0 24px 0;\">\n"
                + p + "<img src=\"cid:logo.png\" alt=\"Fjord Regnskap AS\" width=\"151\""
                + " style=\"border:0;max-width:100%;height:auto;\"></p>\n"
                + "</div>\n"
                + "<div style=\"margin:0 0 24px 0;font-size:13px;color:#444444;\">\n"
                + p + "Kunde AS<br>0155 OSLO</p>\n"
                + "</div>\n"
                + "<h1 style=\"margin:24px 0 12px 0;font-size:22px;line-height:1.3;color:#0b5394;\">Oppsigelse</h1>\n"
                + p + "Avtalen opphører <strong>31. mars</strong>. Se"
                + " <a href=\"https://fjord.no\" style=\"color:#0b5394;\">fjord.no</a>.</p>\n"
                + "<table style=\"border-collapse:collapse;width:100%;margin:0 0 12px 0;\">\n"
                + "<thead>\n<tr>"
                + "<th style=\"" + cell + "text-align:left;font-weight:bold;border-bottom:1px solid #999999;\">"
                + "Faktura</th>"
                + "<th style=\"" + cell + "text-align:right;white-space:nowrap;font-weight:bold;"
                + "border-bottom:1px solid #999999;\">Beløp</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td style=\"" + cell + "text-align:left;\">2026-101</td>"
                + "<td style=\"" + cell + "text-align:right;white-space:nowrap;\">kr\u00a012\u00a0400,00</td></tr>\n"
                + "</tbody>\n</table>\n"
                + "<ul style=\"margin:0 0 12px 0;padding:0 0 0 24px;\">\n"
                + "<li style=\"margin:0 0 4px 0;\">Bilag</li>\n</ul>\n"
                + "<hr style=\"border:0;border-top:1px solid #0b5394;margin:16px 0;\">\n"
                + "<div class=\"signature\">\n" + p + "Ola</p>\n</div>\n"
                + "<div style=\"margin:32px 0 0 0;padding:8px 0 0 0;border-top:1px solid #dddddd;font-size:12px;"
                + "color:#777777;\">\n"
                + p + "Fjord Regnskap AS</p>\n"
                + "</div>\n"
                + "</div>\n</body>\n</html>\n");
    }

    @Test
    void escapesTextSoMarkupInDataStaysText() throws IOException {
        String html = render("<article lang=\"en\" data-title=\"&lt;b&gt;\"><p>&lt;script&gt;alert('x')&lt;/script&gt;"
                + " &amp; &quot;q&quot;</p></article>");
        assertThat(html).contains("<title>&lt;b&gt;</title>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
                .doesNotContain("<script");
        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("p").text()).isEqualTo("<script>alert('x')</script> & \"q\"");
    }

    @Test
    void isValidHtmlWithoutAnyExternalResource() throws IOException {
        String html = render("""
                <article lang="en"><header><img src="images/logo.png" alt="Logo"/></header>
                <p><a href="https://fjord.no">site</a> <img src="images/sign.png" alt="Signed"/></p></article>""");
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document parsed = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).isEmpty();
        assertThat(parsed.select("[src]")).allSatisfy(element ->
                assertThat(element.attr("src")).startsWith("cid:").doesNotContain("http"));
        assertThat(parsed.select("img").eachAttr("src")).containsExactly("cid:logo.png", "cid:sign.png");
        assertThat(parsed.select("style, script, link, iframe, object")).isEmpty();
        assertThat(html).doesNotContainPattern("src=\"https?:");
    }

    @Test
    void refusesAHandBuiltTreeWithAScriptLink() {
        var document = new LetterDocument(new LetterDocument.Metadata("t", "", "", "en"), List.of(), List.of(),
                List.of(new Paragraph(List.of(new Link("javascript:alert(1)", List.of(new Text("x")))))),
                List.of());
        assertThatThrownBy(() -> render(document)).isInstanceOf(RenderException.class)
                .hasMessage("The link \"javascript:alert(1)\" cannot go into an e-mail: only https:, http: and"
                        + " mailto: links are allowed.");
    }

    @Test
    void bothEmailFormatsAreFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(LetterRenderer.class).stream().map(p -> p.get().format()))
                .contains("html", "txt");
        assertThat(new HtmlRenderer().mediaType()).isEqualTo("text/html; charset=UTF-8");
    }
}
