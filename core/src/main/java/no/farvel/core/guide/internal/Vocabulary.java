package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.farvel.localization.LetterLocale;

/**
 * The words one slot of a rule, or one named set, accepts, indexed so that a word of the text is looked up rather
 * than compared with every term: a set of hundreds of lemmas costs a few hash look-ups a word. Immutable.
 *
 * <p>In a language that writes compounds as one word (Norwegian), a lemma also matches a compound that ends in it:
 * "regnskapsidiotene" is a form of "idiot", as the head of a Norwegian compound says what the whole is; a word of the
 * set {@value #WHOLE} is never read so.
 *
 * <p>A named set {@code s} may have a companion set {@code s_notafter}: a word of {@code s}, referred to as
 * {@code @s}, does not count as one right after a word of the companion in the same clause. In Norwegian "visst"
 * scoffs ("det var visst ikke deres feil", apparently), but "ingen kunne ha visst" is "nobody could have known":
 * {@code SET scoff_notafter | =ha}.
 */
final class Vocabulary {
    /** The shortest lemma that matches as the head of a compound, and the shortest part before it. */
    static final int MIN_HEAD = 4;
    static final int MIN_MODIFIER = 3;
    /**
     * The named set of words a language's rules keep whole: lexicalised compounds whose tail means something else
     * ("nysgjerrig", curious, is no kind of "gjerrig", stingy).
     */
    static final String WHOLE = "whole";
    /** The suffix of a set's companion: the words after which a word of the set is not read as one. */
    static final String NOT_AFTER = "_notafter";

    private final Set<String> forms = new HashSet<>();
    private final Set<String> capitals = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> sets = new ArrayList<>();
    /** The companion of each set in {@link #sets}, named once here rather than on every match. */
    private final List<String> companions = new ArrayList<>();

    private Vocabulary() {
    }

    /** The vocabulary of these terms; a set reference is resolved when matching, against the rules in force. */
    static Vocabulary of(List<PhrasePattern.Term> terms) {
        Vocabulary v = new Vocabulary();
        for (PhrasePattern.Term term : terms) {
            if (term instanceof PhrasePattern.Exact exact) {
                v.forms.add(exact.form());
            } else if (term instanceof PhrasePattern.Capital capital) {
                v.capitals.add(capital.form());
            } else if (term instanceof PhrasePattern.Prefix prefix) {
                v.prefixes.add(prefix.prefix());
            } else if (term instanceof PhrasePattern.Lemma lemma) {
                v.keys.addAll(lemma.keys());
            } else {
                String name = ((PhrasePattern.SetRef) term).name();
                v.sets.add(name);
                v.companions.add(companionOf(name));
            }
        }
        return v;
    }

    /** Whether word {@code at} of the text is one of these words; {@code named} resolves {@code @set} terms. */
    boolean matches(TokenizedText text, int at, LetterLocale language, Map<String, Vocabulary> named) {
        String form = text.token(at).form();
        if (forms.contains(form) || capitals.contains(form) && text.token(at).capitalised()) {
            return true;
        }
        if (text.isName(at)) {
            return false; // "your dog Bully" is no bully; a rule that means the name writes its exact form
        }
        for (String prefix : prefixes) {
            if (form.startsWith(prefix)) {
                return true;
            }
        }
        if (!keys.isEmpty()) {
            boolean compounds = Stemmers.of(language).compounds();
            Set<String> wordKeys = text.keys(at, language);
            for (String key : wordKeys) {
                if (keys.contains(key) || compounds && endsInOne(key, named, form, wordKeys)) {
                    return true;
                }
            }
        }
        for (int i = 0; i < sets.size(); i++) {
            if (inSet(sets.get(i), companions.get(i), text, at, language, named)) {
                return true;
            }
        }
        return false;
    }

    /** The name of the companion of set {@code set}: {@code set_notafter}. */
    static String companionOf(String set) {
        return set + NOT_AFTER;
    }

    /**
     * Whether word {@code at} of the text is a word of the named set {@code set} in {@code named}, and does not follow,
     * in its clause, a word of that set's companion {@code companion} ("ha visst" is no scoffing "visst"; "Ha, visst
     * var det ikke deres feil" still scoffs, as a comma stands between).
     */
    static boolean inSet(String set, String companion, TokenizedText text, int at, LetterLocale language,
                         Map<String, Vocabulary> named) {
        Vocabulary members = named.get(set);
        if (members == null || !text.matches(members, at, language, named)) {
            return false;
        }
        Vocabulary after = named.get(companion);
        return after == null || at == 0 || text.token(at - 1).clause() != text.token(at).clause()
                || !text.matches(after, at - 1, language, named);
    }

    /** The exact forms, lemma keys, prefixes and set names this vocabulary accepts, for {@link RuleIndex}. */
    Set<String> forms() {
        return forms;
    }

    /** The forms that count only when written with a capital inside a sentence. */
    Set<String> capitals() {
        return capitals;
    }

    Set<String> keys() {
        return keys;
    }

    List<String> prefixes() {
        return prefixes;
    }

    List<String> sets() {
        return sets;
    }

    /**
     * Whether {@code key} is a compound ending in one of these words, where the set {@value #WHOLE} in {@code named}
     * does not say otherwise: a word of that set, or a compound ending in one ("kunnskapsnysgjerrige"), is not read by
     * the tail inside it. {@code wordKeys} are all the keys of the word, {@code form} its form.
     */
    private boolean endsInOne(String key, Map<String, Vocabulary> named, String form, Set<String> wordKeys) {
        int tail = tailFrom(key, MIN_MODIFIER, key.length() - MIN_HEAD);
        if (tail < 0) {
            return false;
        }
        // Looked up only on a match, which is rare: most words end in no listed word.
        Vocabulary whole = named.get(WHOLE);
        return whole == null || !whole.keeps(form, wordKeys, key.length() - tail);
    }

    /**
     * Where the longest suffix of {@code key} that is one of these lemmas starts, between {@code from} and
     * {@code last}, or -1.
     */
    private int tailFrom(String key, int from, int last) {
        for (int i = from; i <= last; i++) {
            if (keys.contains(key.substring(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether this set keeps the word whole: its form is one of the set's exact forms or prefixes, or one of its keys
     * ends in a lemma of the set at least {@code tail} characters long (so that the tail matched lies inside it).
     */
    private boolean keeps(String form, Set<String> wordKeys, int tail) {
        if (forms.contains(form)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (form.startsWith(prefix)) {
                return true;
            }
        }
        for (String key : wordKeys) {
            if (tailFrom(key, 0, key.length() - tail) >= 0) {
                return true;
            }
        }
        return false;
    }
}
