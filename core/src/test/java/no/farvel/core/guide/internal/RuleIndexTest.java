package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.farvel.localization.LetterLocale;

/**
 * The rule index only saves work: on every sentence of the tone corpora, a rule it leaves out finds nothing when tried,
 * with the letter's own rules and the English ones, as the scanner uses them; the same for the rules that clear the
 * recipient.
 */
class RuleIndexTest {
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void aRuleLeftOutFindsNothing(String code) throws Exception {
        LetterLocale locale = LetterLocale.fromCode(code);
        List<String> sentences = sentences(code);
        assertThat(sentences).hasSizeGreaterThan(500);
        int tried = 0;
        int leftOut = 0;
        int matched = 0;
        for (ToneRules rules : Stream.of(ToneRules.builtIn(locale), ToneRules.builtIn(LetterLocale.EN)).distinct()
                .toList()) {
            for (String sentence : sentences) {
                TokenizedText tokens = TokenizedText.of(sentence, locale);
                Set<ToneRule> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
                candidates.addAll(rules.candidates(tokens));
                candidates.addAll(rules.absolvesCandidates(tokens));
                for (ToneRule rule : Stream.concat(rules.rules().stream(), rules.absolves().stream()).toList()) {
                    List<int[]> found = rule.match().find(tokens, rules.language(), rules.sets());
                    if (candidates.contains(rule)) {
                        tried++;
                        matched += found.isEmpty() ? 0 : 1;
                    } else {
                        leftOut++;
                        assertThat(found).as("%s rule %s on '%s'", rules.language().code(), rule, sentence).isEmpty();
                    }
                }
            }
        }
        // Not vacuous: the corpora's hostile sentences are matched, and most rules are left out of most sentences.
        assertThat(matched).isGreaterThan(sentences.size() / 4);
        assertThat(leftOut).isGreaterThan(10 * tried);
    }

    /** Every sentence of the corpora of a language: the text after the category's tab, escapes resolved. */
    static List<String> sentences(String code) throws IOException, URISyntaxException {
        Path folder = Path.of(RuleIndexTest.class.getResource("/guide/").toURI());
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_" + code + ".txt")).sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String text = line.substring(line.indexOf('\t') + 1);
                    Matcher m = ESCAPE.matcher(text);
                    sentences.add(m.replaceAll(r -> String.valueOf((char) Integer.parseInt(r.group(1), 16))));
                }
            }
        }
        return sentences;
    }
}
