package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model files' weights are read without Float.parseFloat, and must give its floats to the bit. */
class ToneModelWeightTest {
    @Test
    void everyWeightOfTheShippedModelsReadsAsParseFloatReadsIt() throws Exception {
        int read = 0;
        for (String language : new String[] {"nb", "nn", "en"}) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(ToneModel.class.getResourceAsStream(
                    "/no/farvel/core/guide/tone_model_" + language + ".txt"), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#") || line.startsWith("=")) {
                        continue;
                    }
                    int first = line.indexOf('\t');
                    int second = line.indexOf('\t', first + 1);
                    assertSame(line, first + 1, second);
                    assertSame(line, second + 1, line.length());
                    read++;
                }
            }
        }
        assertThat(read).isGreaterThan(100_000);
    }

    @Test
    void numbersOfEveryOtherFormAreParsed() {
        Random random = new Random(4122026);
        for (int i = 0; i < 200_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 3);
            String text = String.format(Locale.ROOT, "%." + random.nextInt(7) + "f", value);
            assertSame("x\t" + text, 2, text.length() + 2);
        }
        for (String text : new String[] {"0.0000", "-0.0000", "999.9999", "-999.9999", "1000.0000", "1e-4", ".5",
            "5.", "12.34567", "+0.1000", "NaN", "-Infinity"}) {
            assertSame("x\t" + text, 2, text.length() + 2);
        }
    }

    private static void assertSame(String line, int from, int to) {
        float expected = Float.parseFloat(line.substring(from, to));
        assertThat(Float.floatToRawIntBits(ToneModel.weight(line, from, to))).as(line.substring(from, to))
                .isEqualTo(Float.floatToRawIntBits(expected));
    }
}
