package no.farvel.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MimeComposer chooses a text part's transfer encoding itself; Jakarta Mail must have chosen the same. */
class TransferEncodingTest {
    private static final String[] PIECES = {"Faktura", " ", "2026-1041", " er betalt.", "\n", "\r\n", "\t", "æ", "ø",
        "å", "Å", "é", "€", "–", "’", "\u00A0", "\u2011", "\u0001", "\u007F", "\u0085", "=", "\r", "x", "ﬁ", "中",
        "Thank you for the years we have worked together."};

    @Test
    void randomTextsGetTheEncodingJakartaMailWouldChoose() throws Exception {
        Random random = new Random(4122026);
        List<String> texts = new ArrayList<>(List.of("", "plain ascii", "ææææ ascii", "æææææ a", "a\u007F",
                "x".repeat(998), "x".repeat(999), "x".repeat(997) + "æ", "x".repeat(996) + "æ", "x".repeat(998) + "\n"
                        + "y".repeat(998), "x".repeat(999) + "æ".repeat(600), "€€€ abcdefghi", "€€€ abcdefghij"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                text.append(random.nextInt(20) == 0 ? piece.repeat(50 + random.nextInt(400)) : piece);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            for (String subtype : new String[] {"plain", "html"}) {
                String jakarta = MimeUtility.getEncoding(new DataHandler(text, "text/" + subtype + "; charset=UTF-8"));

                assertThat(MimeComposer.transferEncoding(text)).as("%s", text).contains(jakarta);
            }
        }
    }

    @Test
    void textWithSurrogatesIsLeftToJakartaMail() {
        assertThat(MimeComposer.transferEncoding("Takk \uD83D\uDE42")).isEmpty();
    }
}
