package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.farvel.localization.LetterLocale;

/**
 * One tone rule from a rules file: the finding code it raises, what it matches, a neutral wording or null, whether it
 * is one of Farvel's own rules ({@code builtIn}) rather than one a pack added, and whether it is {@code firm}. The tone
 * model may overrule a built-in rule's reading (see {@code ToneScanner}) unless the rule is firm (written
 * {@code KIND | firm clause: ...}): praise for a failing ("flinke til å glemme avtaler") is mockery however warm the
 * words around it, and the model, which has learnt many warm comparisons, is then sure of the wrong thing. A pack's
 * rule is its author's decision and is never overruled.
 */
public record ToneRule(String code, Match match, String suggestion, boolean builtIn, boolean firm) {
    /** Whether the tone model may overrule this rule's reading: a built-in rule that is not firm. */
    public boolean overrulable() {
        return builtIn && !firm;
    }

    /** What a rule looks for; each hit is a span {@code [from, to)} of the normalised text. */
    public sealed interface Match permits Regex, Phrase, Clause, Opening {
        List<int[]> find(TokenizedText text, LetterLocale language, Map<String, Vocabulary> sets);
    }

    /** A regular expression over the normalised text (the format of rules files before lemmas and phrases). */
    public record Regex(Pattern pattern) implements Match {
        @Override
        public List<int[]> find(TokenizedText text, LetterLocale language,
                                Map<String, Vocabulary> sets) {
            List<int[]> spans = new ArrayList<>();
            Matcher m = pattern.matcher(text.normalisedText());
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            return spans;
        }
    }

    /** A phrase: words in order, with gaps where the pattern allows them. */
    public record Phrase(PhrasePattern pattern) implements Match {
        @Override
        public List<int[]> find(TokenizedText text, LetterLocale language,
                                Map<String, Vocabulary> sets) {
            List<int[]> spans = new ArrayList<>();
            for (int[] words : pattern.find(text, language, sets)) {
                spans.add(new int[] {text.token(words[0]).from(), text.token(words[1]).to()});
            }
            return spans;
        }
    }

    /** How far apart the parts of a {@link Clause} may be. */
    public enum Scope {
        /** One clause: commas, semicolons, dashes and "but" end a clause. */
        CLAUSE,
        /** One sentence. */
        SENTENCE,
        /** One sentence that ends with a question mark: a rhetorical question. */
        QUESTION
    }

    /**
     * Phrases that must all occur in one clause (or sentence, or question), in any order, while none of the excluded
     * ones does: "a reference to the recipient and a negative evaluation of them".
     */
    public record Clause(List<PhrasePattern> required, List<PhrasePattern> excluded, Scope scope)
            implements Match {
        public Clause {
            required = List.copyOf(required);
            excluded = List.copyOf(excluded);
        }

        @Override
        public List<int[]> find(TokenizedText text, LetterLocale language,
                                Map<String, Vocabulary> sets) {
            Map<Integer, int[]> byClause = null;
            for (PhrasePattern part : required) {
                Map<Integer, int[]> found = new TreeMap<>();
                for (int[] words : part.find(text, language, sets)) {
                    int clause = scope(text, words[0]);
                    if (clause == scope(text, words[1])
                            && (scope != Scope.QUESTION || text.isQuestion(text.token(words[0]).sentence()))) {
                        found.merge(clause, words, Clause::union);
                    }
                }
                if (byClause == null) {
                    byClause = found;
                } else {
                    byClause.keySet().retainAll(found.keySet());
                    byClause.replaceAll((clause, words) -> union(words, found.get(clause)));
                }
                if (byClause.isEmpty()) {
                    return List.of();
                }
            }
            for (PhrasePattern part : excluded) {
                for (int[] words : part.find(text, language, sets)) {
                    byClause.remove(scope(text, words[0]));
                }
            }
            List<int[]> spans = new ArrayList<>();
            for (int[] words : byClause.values()) {
                spans.add(new int[] {text.token(words[0]).from(), text.token(words[1]).to()});
            }
            return spans;
        }

        private int scope(TokenizedText text, int word) {
            return scope == Scope.CLAUSE ? text.token(word).clause() : text.token(word).sentence();
        }

        private static int[] union(int[] a, int[] b) {
            return new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
        }
    }

    /** Whether this rule is judged after the others, so that a word or phrase rule names the problem first. */
    public boolean isClause() {
        return match instanceof Clause || match instanceof Opening;
    }
}
