package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import no.farvel.localization.LetterLocale;
import org.junit.jupiter.api.Test;

/**
 * The model keeps its verdicts under {@link ToneFeatures#key}; a kept verdict must be the one it would reach afresh,
 * also for a sentence that differs from one read before only in its numbers, its capitals, its end mark or a word.
 */
class ToneModelVerdictsTest {
    @Test
    void aKeptVerdictIsTheVerdictReachedAfresh() throws IOException {
        Random random = new Random(4122026);
        int judged = 0;
        int hostile = 0;
        for (LetterLocale language : List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN)) {
            ToneModel model = ToneModel.builtIn(language).orElseThrow();
            List<String> texts = new ArrayList<>();
            for (String corpus : List.of("hostile", "neutral")) {
                for (String line : lines("/guide/" + corpus + "_" + language.code() + ".txt")) {
                    texts.add(line);
                    texts.add(line.toUpperCase(Locale.ROOT));
                    texts.add(line.replaceAll("[.!?]*$", "!!"));
                    texts.add(line.replaceAll("[.!?]*$", "?"));
                    texts.add(line + " Faktura 2026-1041 på 12 500 kr.");
                    texts.add(line + " Faktura 2027-0077 på 9 800 kr.");
                    texts.add(line.replaceFirst("\\p{L}+", "CEFR"));
                }
            }
            for (int pass = 0; pass < 2; pass++) {
                Collections.shuffle(texts, random);
                for (String text : texts) {
                    TokenizedText tokens = TokenizedText.of(text, language);
                    for (int[] sentence : ToneFeatures.sentences(tokens)) {
                        Optional<String> verdict = model.judge(tokens, sentence[0], sentence[1]);
                        assertThat(verdict).as("%s: %s", language, text)
                                .isEqualTo(model.judgeAfresh(tokens, sentence[0], sentence[1]));
                        judged++;
                        hostile += verdict.isPresent() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(judged).isGreaterThan(10_000);
        assertThat(hostile).as("some of them hostile").isGreaterThan(judged / 10);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ToneModelVerdictsTest.class.getResourceAsStream(resource)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(text.strip());
                }
            }
            return lines;
        }
    }
}
