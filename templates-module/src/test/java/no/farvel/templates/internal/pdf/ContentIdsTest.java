package no.farvel.templates.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentIdsTest {
    private static final Pattern ID = Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>]");
    private static final Pattern TAG = Pattern.compile("/BaseFont /([A-Z]{6})\\+DejaVuSans");

    /** The parts of a PDF that ContentIds rewrites, around a body standing in for the page content. */
    private static byte[] pdf(String randomTag, String randomId, String body) {
        return ("%PDF-1.4\n1 0 obj <</Type /Font /BaseFont /" + randomTag + "+DejaVuSans>> endobj\n"
                + "2 0 obj <</FontName /" + randomTag + "+DejaVuSans>> endobj\n" + body
                + "\ntrailer <</ID [<" + randomId + "><" + randomId + ">]>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSameLetterGetsTheSameIdentifierAndTagsWhateverOpenPdfDrewAtRandom() {
        byte[] first = ContentIds.derive(pdf("QWERTY", "0123456789abcdef0123456789abcdef", "BT (Dear client) Tj ET"));
        byte[] second = ContentIds.derive(pdf("ZXCVBN", "fedcba9876543210fedcba9876543210", "BT (Dear client) Tj ET"));

        assertThat(first).isEqualTo(second);
        Matcher tag = TAG.matcher(text(first));
        assertThat(tag.find()).isTrue();
        assertThat(tag.group(1)).isNotIn("QWERTY", "AAAAAA");
        assertThat(text(first)).contains("/FontName /" + tag.group(1) + "+DejaVuSans");
        Matcher id = ID.matcher(text(first));
        assertThat(id.find()).isTrue();
        assertThat(id.group(1)).isEqualTo(id.group(2)).isNotEqualTo("0".repeat(32));
    }

    @Test
    void anotherLetterGetsAnotherIdentifier() {
        String one = text(ContentIds.derive(pdf("QWERTY", "0".repeat(32), "BT (Dear client) Tj ET")));
        String other = text(ContentIds.derive(pdf("QWERTY", "0".repeat(32), "BT (Dear clients) Tj ET")));

        Matcher a = ID.matcher(one);
        Matcher b = ID.matcher(other);
        assertThat(a.find() && b.find()).isTrue();
        assertThat(a.group(1)).isNotEqualTo(b.group(1));
    }
}
