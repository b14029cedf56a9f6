package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.farvel.core.Closing;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Termination;

/**
 * The tone corpora under {@code /guide/}: hostile sentences labelled with their category and neutral ones, and the
 * figures the guide check reaches on them. Run {@code ToneCorpusTest} to print the figures.
 */
final class ToneCorpus {
    /** The categories whose sentences the guidance forbids outright: each should raise an error. */
    static final Set<String> ERROR_CATEGORIES = Set.of("BLAME", "INSULT", "CONTEMPT");
    static final String NOTE = "closing.personalNote";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    /** One hostile sentence and what kind of hostility it is. */
    record Hostile(String category, String sentence) {
    }

    /** How the check did on one language's corpora. */
    record Figures(LetterLocale locale, int hostile, int flagged, int mustBeErrors, int errors, int neutral,
                   int falseAlarms, List<String> missed, List<String> alarms) {
        double flaggedShare() {
            return hostile == 0 ? 0 : (double) flagged / hostile;
        }

        double errorShare() {
            return mustBeErrors == 0 ? 0 : (double) errors / mustBeErrors;
        }

        /** The figures line followed by every missed sentence and every false alarm, one a line. */
        String report(String corpus) {
            StringBuilder out = new StringBuilder(line(corpus));
            missed.forEach(m -> out.append("\n  missed: ").append(m));
            alarms.forEach(a -> out.append("\n  false alarm: ").append(a));
            return out.toString();
        }

        /** Asserts at least {@code sentences} of each kind, the two shares at least as given, and no false alarm. */
        void assertHolds(int sentences, double flagged, double errors) {
            assertHolds(sentences, flagged, errors, 0);
        }

        void assertHolds(int sentences, double flagged, double errors, int alarmsLeft) {
            assertThat(hostile).isGreaterThanOrEqualTo(sentences);
            assertThat(neutral).isGreaterThanOrEqualTo(sentences);
            assertThat(flaggedShare()).as("flagged; missed: %s", missed).isGreaterThanOrEqualTo(flagged);
            assertThat(errorShare()).as("errors; missed: %s", missed).isGreaterThanOrEqualTo(errors);
            assertThat(alarms).as("false alarms").hasSizeLessThanOrEqualTo(alarmsLeft);
        }

        String line(String corpus) {
            return String.format(Locale.ROOT, "%-8s %s: flagged %d/%d (%.1f %%), errors on blame/insult/contempt "
                            + "%d/%d (%.1f %%), false alarms %d/%d", corpus, locale.code(), flagged, hostile,
                    100 * flaggedShare(), errors, mustBeErrors, 100 * errorShare(), falseAlarms, neutral);
        }
    }

    private ToneCorpus() {
    }

    static List<Hostile> hostile(String file) {
        List<Hostile> sentences = new ArrayList<>();
        for (String line : Examples.corpus(file)) {
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalStateException(file + ": '" + line + "' has no CATEGORY<TAB> in front");
            }
            sentences.add(new Hostile(parts[0].strip(), unescape(parts[1].strip())));
        }
        return sentences;
    }

    static List<String> neutral(String file) {
        return Examples.corpus(file).stream().map(ToneCorpus::unescape).toList();
    }

    /** {@code \u200b} in a corpus file stands for that character, so the file shows the tricks it holds. */
    static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    /** The check's figures on a hostile and a neutral file, each sentence written as the letter's personal note. */
    static Figures measure(GuideCheck check, LetterLocale locale, String hostileFile, String neutralFile) {
        List<Hostile> hostile = hostile(hostileFile);
        List<String> neutral = neutral(neutralFile);
        int flagged = 0;
        int mustBeErrors = 0;
        int errors = 0;
        List<String> missed = new ArrayList<>();
        for (Hostile h : hostile) {
            List<Finding> findings = noteFindings(check, locale, h.sentence());
            boolean error = findings.stream().anyMatch(Finding::isError);
            flagged += findings.isEmpty() ? 0 : 1;
            if (findings.isEmpty()) {
                missed.add(h.category() + " (none) " + h.sentence());
            }
            if (ERROR_CATEGORIES.contains(h.category())) {
                mustBeErrors++;
                errors += error ? 1 : 0;
                if (!error && !findings.isEmpty()) {
                    missed.add(h.category() + " (warning only) " + h.sentence());
                }
            }
        }
        List<String> alarms = new ArrayList<>();
        for (String sentence : neutral) {
            List<Finding> findings = noteFindings(check, locale, sentence);
            if (!findings.isEmpty()) {
                alarms.add(sentence + " -> " + findings.stream().map(f -> f.code() + " " + f.message()).toList());
            }
        }
        return new Figures(locale, hostile.size(), flagged, mustBeErrors, errors, neutral.size(), alarms.size(),
                missed, alarms);
    }

    /**
     * What a test holds of one round in every language: at least {@code sentences} hostile and neutral sentences, at
     * least the shares {@code flagged} and {@code errors} (see {@link Figures#assertHolds}), and at most
     * {@code alarmsLeft} false alarms in any language (none unless a round's reason is written beside its bar).
     */
    record Bar(String round, int sentences, double flagged, double errors, int alarmsLeft) {
        Bar(String round, int sentences, double flagged, double errors) {
            this(round, sentences, flagged, errors, 0);
        }
    }

    /** Prints every language's figures on the rounds of the bars. */
    static void printRounds(GuideCheck check, List<Bar> bars) {
        printRounds(check, bars.stream().map(Bar::round).toArray(String[]::new));
    }

    /** Asserts every bar in one language. */
    static void assertHolds(GuideCheck check, LetterLocale locale, List<Bar> bars) {
        for (Bar bar : bars) {
            round(check, locale, bar.round()).assertHolds(bar.sentences(), bar.flagged(), bar.errors(),
                    bar.alarmsLeft());
        }
    }

    /** Prints every language's figures on the rounds given, each with its misses and false alarms. */
    static void printRounds(GuideCheck check, String... rounds) {
        for (LetterLocale locale : Examples.locales()) {
            for (String round : rounds) {
                System.out.println(round(check, locale, round).report(round));
            }
        }
    }

    /** The figures on one round's files: {@code ROUND_hostile_LANG.txt} and {@code ROUND_neutral_LANG.txt}. */
    static Figures round(GuideCheck check, LetterLocale locale, String round) {
        return measure(check, locale, round + "_hostile_" + locale.code() + ".txt",
                round + "_neutral_" + locale.code() + ".txt");
    }

    /**
     * The findings on a sentence written as the personal note: only those at the note, so that a finding the example
     * termination raises on its own (a money rule, a missing organisation number) is not counted for the sentence.
     */
    static List<Finding> noteFindings(GuideCheck check, LetterLocale locale, String sentence) {
        return check.check(withNote(locale, sentence)).stream()
                .filter(f -> f.location().equals(NOTE)).toList();
    }

    static Termination withNote(LetterLocale locale, String note) {
        return Examples.of(locale).toBuilder().closing(new Closing(true, true, note)).build();
    }
}
