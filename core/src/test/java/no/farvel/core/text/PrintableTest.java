package no.farvel.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void escapesWhatCouldForgeALineOrReorderTheText() {
        assertThat(Printable.escape("a\nb")).isEqualTo("a\\nb");
        assertThat(Printable.escape("id=x\r\n2026 ok")).isEqualTo("id=x\\r\\n2026 ok");
        assertThat(Printable.escape("\u001B[31mred")).isEqualTo("\\u001B[31mred");
        assertThat(Printable.escape("Acme\u202Egnp.exe")).isEqualTo("Acme\\u202Egnp.exe");
        assertThat(Printable.escape("a\u0085b\u2028c")).isEqualTo("a\\u0085b\\u2028c");
        assertThat(Printable.escape("lone \uD800 half")).isEqualTo("lone \\uD800 half");
        assertThat(Printable.escape("tag \uDB40\uDC01")).isEqualTo("tag \\uE0001");
    }

    @Test
    void leavesOrdinaryTextInAnyScriptAlone() {
        String text = "Fjordreint AS – Ærlig talt, «sånn» er det: 12 400,00 kr \uD83D\uDE42 \u0645\u06CC";
        assertThat(Printable.escape(text)).isSameAs(text);
    }

    @Test
    void quotesAndCutsAfterTheGivenNumberOfCharacters() {
        assertThat(Printable.quote("Takk\nfor alt", 80)).isEqualTo("'Takk\\nfor alt'");
        assertThat(Printable.quote("abcdef", 3)).isEqualTo("'abc…'");
        assertThat(Printable.quote("\uD83D\uDE42\uD83D\uDE42", 1)).isEqualTo("'\uD83D\uDE42…'");
        assertThat(Printable.quote(null, 3)).isEqualTo("null");
    }
}
