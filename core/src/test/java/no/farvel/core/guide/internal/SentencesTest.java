package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static final String[] PIECES = {"Faktura", " ", "  ", "\t", "\n", "\r\n", "\n\n", ". ", "! ", "? ", ".", "?",
        "Dere", "takk", "«Sitat»", "(note)", "- punkt", "1) ledd", "• kule", "====", "\u00A0", "'ja'", "Å", "2026-1041",
        "\u000B", "\f"};

    @Test
    void everySentenceIsWhatTheWhitespaceAndBoundaryPatternsLeave() {
        Pattern whitespace = Pattern.compile("\\s+");
        Pattern boundary = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"“‘'(])");
        Random random = new Random(20261204);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(30); p > 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            // The quick paths skip the patterns only where they would change nothing: running them again changes nothing.
            List<String> expected = new ArrayList<>();
            for (String sentence : Sentences.split(text.toString())) {
                String collapsed = whitespace.matcher(sentence).replaceAll(" ");
                for (String piece : boundary.split(collapsed)) {
                    if (!piece.isBlank()) {
                        expected.add(piece.strip());
                    }
                }
            }

            assertThat(Sentences.split(text.toString())).as("%s", text).isEqualTo(expected);
        }
    }

    @Test
    void wrappedLinesAreJoinedAndEachSentenceStandsAlone() {
        String letter = "Takk for  samarbeidet.\tVi ønsker\ndere lykke til!  «Ha det»\n\n- Faktura 12 er betalt.";
        assertThat(Sentences.split(letter)).containsExactly("Takk for samarbeidet.", "Vi ønsker dere lykke til!",
                "«Ha det»", "Faktura 12 er betalt.");
    }
}
