package no.farvel.core.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.farvel.localization.LetterLocale;

/**
 * Judges a held-out sentence set kept outside the corpora — a TSV of {@code lang, label (hostile|neutral), category,
 * sentence} — the way the corpus tests judge theirs (each sentence as the letter's personal note, {@code \u200b} read
 * as that character), with and without
 * the tone model, and prints the figures per language. {@code java ... HeldOutSet FILE.tsv [--list]}.
 */
public final class HeldOutSet {
    private HeldOutSet() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        boolean list = args.length > 1 && args[1].equals("--list");
        GuideCheck withModel = GuideCheck.standard();
        GuideCheck rulesOnly = GuideCheck.builder().toneModel(false).build();
        for (LetterLocale locale : Examples.locales()) {
            List<String[]> rows = rows(lines, locale);
            System.out.println(figures(rulesOnly, locale, rows, "rules", list));
            System.out.println(figures(withModel, locale, rows, "rules+model", list));
        }
    }

    /** How a set fared in one language: hostile sentences flagged, blame, insults and contempt as errors, alarms. */
    record Counts(int hostile, int flagged, int mustBeErrors, int errors, int neutral, int alarms, int errorAlarms,
                  String listed) {
        String line(String name, String language) {
            return String.format(Locale.ROOT, "%-12s %s: flagged %d/%d (%.0f %%), errors on blame/insult/contempt %d/%d "
                            + "(%.0f %%), false alarms %d/%d (%d errors)", name, language, flagged, hostile,
                    100.0 * flagged / hostile, errors, mustBeErrors, 100.0 * errors / mustBeErrors, alarms, neutral,
                    errorAlarms) + listed;
        }
    }

    static String figures(GuideCheck check, LetterLocale locale, List<String[]> rows, String name, boolean list) {
        return count(check, locale, rows, list).line(name, locale.code());
    }

    /** The rows of a held-out TSV (header first) in one language. */
    static List<String[]> rows(List<String> lines, LetterLocale locale) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 4);
            if (f.length == 4 && f[0].equals(locale.code())) {
                rows.add(f);
            }
        }
        return rows;
    }

    static Counts count(GuideCheck check, LetterLocale locale, List<String[]> rows, boolean list) {
        int hostile = 0;
        int flagged = 0;
        int mustBeErrors = 0;
        int errors = 0;
        int neutral = 0;
        int alarms = 0;
        int errorAlarms = 0;
        StringBuilder listed = new StringBuilder();
        for (String[] row : rows) {
            List<Finding> findings = ToneCorpus.noteFindings(check, locale, ToneCorpus.unescape(row[3]));
            boolean error = findings.stream().anyMatch(Finding::isError);
            if (row[1].equals("hostile")) {
                hostile++;
                flagged += findings.isEmpty() ? 0 : 1;
                if (Set.of("blame", "insult", "contempt").contains(row[2].toLowerCase(Locale.ROOT))) {
                    mustBeErrors++;
                    errors += error ? 1 : 0;
                    if (list && !error && !findings.isEmpty()) {
                        listed.append("\n  warning only ").append(row[2]).append(": ").append(row[3]);
                    }
                }
                if (list && findings.isEmpty()) {
                    listed.append("\n  missed ").append(row[2]).append(": ").append(row[3]);
                }
            } else {
                neutral++;
                alarms += findings.isEmpty() ? 0 : 1;
                errorAlarms += error ? 1 : 0;
                if (list && !findings.isEmpty()) {
                    listed.append("\n  alarm: ").append(row[3]).append(" -> ")
                            .append(findings.stream().map(f -> f.code() + " " + f.message()).toList());
                }
            }
        }
        return new Counts(hostile, flagged, mustBeErrors, errors, neutral, alarms, errorAlarms, listed.toString());
    }
}
