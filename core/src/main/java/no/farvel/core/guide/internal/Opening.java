package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.farvel.localization.LetterLocale;

/**
 * A phrase that opens a clause, and phrases that must follow in a later clause of the same sentence while others are
 * not in it at all: a fronted clause and the main clause after it, as in the counterfactual "Hadde dere svart, ville vi
 * ..." or "If you had answered, we would ...". The same words in one clause ("Hadde dere fått fakturaen før dere var
 * der?") are not that structure.
 */
public record Opening(PhrasePattern first, List<PhrasePattern> required, List<PhrasePattern> excluded)
        implements ToneRule.Match {
    public Opening {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    @Override
    public List<int[]> find(TokenizedText text, LetterLocale language, Map<String, Vocabulary> sets) {
        Map<Integer, int[]> bySentence = new TreeMap<>();
        for (int[] words : first.find(text, language, sets)) {
            if (opensClause(text, words[0])) {
                bySentence.putIfAbsent(text.token(words[0]).sentence(), words);
            }
        }
        for (PhrasePattern part : required) {
            if (bySentence.isEmpty()) {
                break;
            }
            Map<Integer, int[]> found = new TreeMap<>();
            for (int[] words : part.find(text, language, sets)) {
                int sentence = text.token(words[0]).sentence();
                int[] opened = bySentence.get(sentence);
                if (opened != null && text.token(words[0]).clause() > text.token(opened[0]).clause()) {
                    found.merge(sentence, words, Opening::union);
                }
            }
            bySentence.keySet().retainAll(found.keySet());
            bySentence.replaceAll((sentence, words) -> union(words, found.get(sentence)));
        }
        for (PhrasePattern part : excluded) {
            if (bySentence.isEmpty()) {
                return List.of();
            }
            for (int[] words : part.find(text, language, sets)) {
                bySentence.remove(text.token(words[0]).sentence());
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int[] words : bySentence.values()) {
            spans.add(new int[] {text.token(words[0]).from(), text.token(words[1]).to()});
        }
        return spans;
    }

    /** The phrases this rule names, for the check that every set it uses is defined. */
    List<PhrasePattern> patterns() {
        List<PhrasePattern> all = new ArrayList<>(required);
        all.add(0, first);
        all.addAll(excluded);
        return all;
    }

    private static boolean opensClause(TokenizedText text, int word) {
        return word == 0 || text.token(word - 1).clause() != text.token(word).clause();
    }

    private static int[] union(int[] a, int[] b) {
        return new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }
}
