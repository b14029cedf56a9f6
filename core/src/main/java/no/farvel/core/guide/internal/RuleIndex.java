package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import no.farvel.localization.LetterLocale;

/**
 * Which tone rules could match a text, found in one pass over its words: every word is looked up once in maps from
 * forms, prefixes and lemma keys to the vocabularies that accept it, and a rule is tried only when each word it cannot
 * do without (a slot that is not optional, in every part a clause rule requires) is somewhere in the text. Asking
 * each of hundreds of rules about each word cost a third of a batch's CPU. Immutable and thread-safe.
 *
 * <p>The filter only skips work: a rule it leaves out could not have matched, so the findings are those of trying
 * every rule. A rule of a kind it does not know (a regular expression, say) is always tried.
 */
final class RuleIndex {
    private static final int[] NONE = new int[0];

    private final LetterLocale language;
    private final boolean compounds;
    private final Map<String, int[]> byForm = new HashMap<>();
    private final Map<String, int[]> byKey = new HashMap<>();
    private final Map<String, int[]> byPrefix = new HashMap<>();
    private final int shortestPrefix;
    private final int longestPrefix;
    /** For each vocabulary, the vocabularies that take in its words through a {@code @set} term. */
    private final int[][] takenInBy;
    /** For each rule, the vocabularies that must each accept a word of the text, or null: always try the rule. */
    private final int[][] needed;
    private final int vocabularies;

    RuleIndex(LetterLocale language, List<ToneRule> rules, Map<String, Vocabulary> sets) {
        this.language = language;
        this.compounds = Stemmers.of(language).compounds();
        Map<Vocabulary, Integer> ids = new IdentityHashMap<>();
        List<Vocabulary> all = new ArrayList<>();
        for (Vocabulary set : sets.values()) {
            id(set, ids, all);
        }
        this.needed = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<PhrasePattern> patterns = required(rules.get(r).match());
            if (patterns == null) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            for (PhrasePattern pattern : patterns) {
                for (Vocabulary slot : pattern.requiredWords()) {
                    words.add(id(slot, ids, all));
                }
            }
            needed[r] = words.stream().mapToInt(Integer::intValue).toArray();
        }
        this.vocabularies = all.size();
        Map<Integer, List<Integer>> users = new HashMap<>();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int id = 0; id < all.size(); id++) {
            Vocabulary v = all.get(id);
            for (String form : v.forms()) {
                add(byForm, form, id);
            }
            for (String form : v.capitals()) {
                add(byForm, form, id); // a superset: Vocabulary checks the capital
            }
            for (String key : v.keys()) {
                add(byKey, key, id);
            }
            for (String prefix : v.prefixes()) {
                add(byPrefix, prefix, id);
                shortest = Math.min(shortest, prefix.length());
                longest = Math.max(longest, prefix.length());
            }
            for (String name : v.sets()) {
                Vocabulary members = sets.get(name);
                if (members != null) {
                    users.computeIfAbsent(ids.get(members), k -> new ArrayList<>()).add(id);
                }
            }
        }
        this.shortestPrefix = shortest;
        this.longestPrefix = longest;
        this.takenInBy = new int[all.size()][];
        for (int id = 0; id < all.size(); id++) {
            List<Integer> u = users.get(id);
            takenInBy[id] = u == null ? NONE : u.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The patterns that must all match for the rule to match, or null when the rule is not made of patterns. */
    private static List<PhrasePattern> required(ToneRule.Match match) {
        if (match instanceof ToneRule.Phrase phrase) {
            return List.of(phrase.pattern());
        }
        if (match instanceof ToneRule.Clause clause) {
            return clause.required();
        }
        if (match instanceof Opening opening) {
            List<PhrasePattern> all = new ArrayList<>(opening.required());
            all.add(opening.first());
            return all;
        }
        return null;
    }

    private static int id(Vocabulary v, Map<Vocabulary, Integer> ids, List<Vocabulary> all) {
        return ids.computeIfAbsent(v, k -> {
            all.add(k);
            return all.size() - 1;
        });
    }

    private static void add(Map<String, int[]> index, String word, int id) {
        int[] old = index.getOrDefault(word, NONE);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        index.put(word, grown);
    }

    /** The rules, in their order, that could match a word of {@code text}; {@code rules} as given to the index. */
    List<ToneRule> candidates(TokenizedText text, List<ToneRule> rules) {
        BitSet present = present(text);
        List<ToneRule> candidates = new ArrayList<>();
        for (int r = 0; r < needed.length; r++) {
            if (all(needed[r], present)) {
                candidates.add(rules.get(r));
            }
        }
        return candidates;
    }

    private static boolean all(int[] words, BitSet present) {
        if (words == null) {
            return true;
        }
        for (int id : words) {
            if (!present.get(id)) {
                return false;
            }
        }
        return true;
    }

    /** The vocabularies that accept at least one word of the text, as {@link Vocabulary#matches} judges a word. */
    private BitSet present(TokenizedText text) {
        BitSet present = new BitSet(vocabularies);
        for (int i = 0; i < text.size(); i++) {
            String form = text.token(i).form();
            mark(byForm.get(form), present);
            for (int length = shortestPrefix; length <= Math.min(longestPrefix, form.length()); length++) {
                mark(byPrefix.get(form.substring(0, length)), present);
            }
            if (byKey.isEmpty()) {
                continue;
            }
            for (String key : text.keys(i, language)) {
                mark(byKey.get(key), present);
                if (compounds) {
                    // The head of a compound, as Vocabulary.endsInOne tries it.
                    for (int from = Vocabulary.MIN_MODIFIER; from <= key.length() - Vocabulary.MIN_HEAD; from++) {
                        mark(byKey.get(key.substring(from)), present);
                    }
                }
            }
        }
        for (int id = present.nextSetBit(0); id >= 0 && id < vocabularies; id = present.nextSetBit(id + 1)) {
            for (int user : takenInBy[id]) {
                present.set(user);
            }
        }
        return present;
    }

    private static void mark(int[] ids, BitSet present) {
        if (ids != null) {
            for (int id : ids) {
                present.set(id);
            }
        }
    }
}
