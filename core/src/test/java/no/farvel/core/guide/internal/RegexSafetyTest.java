package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.farvel.localization.LetterLocale;
import no.farvel.core.guide.GuideCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12: a pack's tone rule must not be able to hang the guide check. */
@Timeout(60)
class RegexSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"(?:.*a){10}q", "(a+)+b", "(a|aa)+$", "(a|a)*b", "(?:a?){30}a{30}", "(\\w+\\s?)*$",
        ".*.*.*q", "a+a+a+a+q", "(?:x|y|z)+\\1", "[^q]*x[^q]*y", "(.*)q", "\\S+\\S+q", "(?:a{1,5}){1,5}"})
    void refusesPatternsThatCanBacktrackCatastrophically(String regex) {
        assertThat(RegexSafety.problem(regex)).isNotNull().contains("for ever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"your (?:own )?fault", "idiot(?:s|ic)?", "(?:stupid|idiot(?:s|ic)?|moron(?:s|ic)?)",
        "you \\w+ failed", "shout!+", "(?:very )+bad", ".{0,40}fault", "a++b*+c", "(?>a|aa)+b", "[a-z]{2,8}ing",
        "\\Q(a+)+\\E", "(?i:thanks?)"})
    void allowsWhatTonesRulesAreMadeOf(String regex) {
        assertThat(RegexSafety.problem(regex)).isNull();
    }

    @Test
    void refusesGroupsNestedDeeperThanItChecks() {
        String deep = "(".repeat(100_000) + "a" + ")".repeat(100_000);

        assertThat(RegexSafety.problem(deep)).isEqualTo("nests groups more than 32 deep");
    }

    @Test
    void refusesTooManyWaysToMatch() {
        assertThat(RegexSafety.problem("(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)(?:a|b)"))
                .startsWith("has too many alternatives and optional parts (over 1000 ways to match)");
    }

    @Test
    void aPacksHostileRuleIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> GuideCheck.builder().addToneRules(LetterLocale.EN,
                new StringReader("# mine\nHOSTILE | (?:.*a){10}q | calm down\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tone rules for en, line 2: the pattern '(?:.*a){10}q' repeats '.*' without an upper bound, "
                        + "which runs over the whole text and can take for ever; bound it, such as .{0,40}");
        assertThatThrownBy(() -> GuideCheck.builder().addToneRules(LetterLocale.EN,
                new StringReader("HOSTILE | (?:.{0,9}a){10}q | calm down\n")))
                .hasMessage("tone rules for en, line 1: the pattern '(?:.{0,9}a){10}q' repeats '(?:.{0,9}a){10}', a "
                        + "part that can itself match in more than one way, which can take for ever on unlucky text; "
                        + "a repeated part must hold no alternatives, optional or repeated parts");
    }

    @Test
    void everyBuiltInRulePassesTheChecksAPacksRulesMeet() throws IOException {
        for (String code : LetterLocale.codes().split(", ")) {
            try (InputStream in = getClass().getResourceAsStream("/no/farvel/core/guide/tone_" + code + ".txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = line.split("\\s+\\|\\s+|\\s+\\|$", 3);
                    // Only the lines that are regular expressions: word, phrase and clause rules and sets match words.
                    if (!line.isBlank() && !line.startsWith("#") && !parts[0].strip().equals("ALLOW")
                            && !parts[0].startsWith("SET ")
                            && !parts[1].strip().matches("(words|phrase|clause|sentence|question):.*")) {
                        assertThat(RegexSafety.problem(parts[1].strip())).as(code + ": " + line).isNull();
                    }
                }
            }
        }
    }

    @Test
    void whatItAllowsEndsQuicklyOnTheTextsThatHangTheRefusedPatterns() {
        String unlucky = "a".repeat(5_000);
        for (String regex : new String[] {"(?:very )+bad", ".{0,40}q", "you \\w+ failed", "a+q"}) {
            assertThat(Pattern.compile("\\b(?:" + regex.replace(" ", "\\s+") + ")\\b").matcher(unlucky).find())
                    .isFalse();
        }
    }
}
