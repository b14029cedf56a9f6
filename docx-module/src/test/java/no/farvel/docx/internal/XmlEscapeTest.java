package no.farvel.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlEscapeTest {
    @Test
    void escapesTheSpecialsOfTextAndQuotesOnlyInAttributes() {
        assertThat(XmlEscape.escape("Bø & Sønn <AS> \"Nord\"", false)).isEqualTo("Bø &amp; Sønn &lt;AS&gt; \"Nord\"");
        assertThat(XmlEscape.escape("Bø & Sønn <AS> \"Nord\"", true))
            .isEqualTo("Bø &amp; Sønn &lt;AS&gt; &quot;Nord&quot;");
        assertThat(XmlEscape.escape("plain", true)).isEqualTo("plain");
    }

    @Test
    void wordTextKeepsXmlBeansRulesForGreaterThanCarriageReturnsAndUnwritableCharacters() {
        assertThat(wordText("a > b, x]]>y")).isEqualTo("a > b, x]]&gt;y");
        assertThat(wordText("1 < 2 & 3\r\n")).isEqualTo("1 &lt; 2 &amp; 3&#13;\n");
        assertThat(wordText("bell\u0007 emoji \uD83D\uDE00 tab\t")).isEqualTo("bell? emoji \uD83D\uDE00 tab\t");
    }

    @Test
    void wordTextOfMoreThan32CharactersWithMoreThanFiveEntitiesIsACdataSection() {
        String many = "A & B & C & D & E & F & G and a little more";
        assertThat(wordText(many)).isEqualTo("<![CDATA[" + many + "]]>");
        // Five are not enough, nor is a short text.
        assertThat(wordText("A & B & C & D & E and a little more text"))
            .isEqualTo("A &amp; B &amp; C &amp; D &amp; E and a little more text");
        assertThat(wordText("&&&&&&<<<")).isEqualTo("&amp;&amp;&amp;&amp;&amp;&amp;&lt;&lt;&lt;");
        // A CDATA section cannot hold "]]>": it is ended and another begun.
        assertThat(wordText("&&&&&& ]]> and thirty-two characters \u0001"))
            .isEqualTo("<![CDATA[&&&&&& ]]]]>><![CDATA[ and thirty-two characters ?]]>");
    }

    @Test
    void wordAttributeEscapesOnlyLessThanAmpersandAndQuote() {
        StringBuilder out = new StringBuilder();
        XmlEscape.wordAttribute(out, "<a href=\"x\">&</a>");
        assertThat(out).hasToString("&lt;a href=&quot;x&quot;>&amp;&lt;/a>");
    }

    private static String wordText(String text) {
        StringBuilder out = new StringBuilder();
        XmlEscape.wordText(out, text);
        return out.toString();
    }
}
