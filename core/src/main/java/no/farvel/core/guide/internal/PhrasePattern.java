package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.farvel.localization.LetterLocale;

/**
 * A sequence of word slots matched against a {@link TokenizedText}, within one sentence. A slot is one or more
 * alternatives ({@code a/b}), may be optional ({@code egen?}) and may let a few words pass before the next slot
 * ({@code ...} for up to three, {@code ...5} for up to five). A slot in quotation marks ({@code "@praised"}) only
 * matches a word that stands alone in quotation marks in the text: a scare quote. Immutable.
 *
 * <p>Terms: {@code word} matches any inflection of the lemma (by {@link Stemmers}); {@code =word} only that form;
 * {@code =Word} only that form written with a capital inside a sentence (the formal De and Dem of Norwegian, which
 * lower case makes "de", they); {@code word*} any word that starts so; {@code @name} any member of the set
 * {@code name}.
 */
public final class PhrasePattern {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'*]+");
    private static final int DEFAULT_GAP = 3;
    private static final int MAX_GAP = 12;

    /** One word of a rule. */
    public sealed interface Term permits Lemma, Exact, Capital, Prefix, SetRef {
    }

    /** Any inflection of a word: the keys of the text's word and of the lemma meet. */
    public record Lemma(String word, Set<String> keys) implements Term {
    }

    /** Exactly this normalised form. */
    public record Exact(String form) implements Term {
    }

    /** Exactly this normalised form, written with a capital letter and not as the first word of its sentence. */
    public record Capital(String form) implements Term {
    }

    /** Any word starting with this; for compounds ("dritt*"). */
    public record Prefix(String prefix) implements Term {
    }

    /** A member of a named set; {@code where} names the rules file and line, for the error when no set has that name. */
    public record SetRef(String name, String where) implements Term {
    }

    /**
     * One position: its alternatives, whether it may be left out, how many words may follow before the next, and
     * whether its word must stand alone in quotation marks.
     */
    public record Slot(List<Term> alternatives, Vocabulary words, boolean optional, int gapAfter, boolean quoted) {
        Slot(List<Term> alternatives, boolean optional, int gapAfter, boolean quoted) {
            this(List.copyOf(alternatives), Vocabulary.of(alternatives), optional, gapAfter, quoted);
        }
    }

    private final List<Slot> slots;
    private final String source;
    private final boolean skipsNames;

    private PhrasePattern(List<Slot> slots, String source, boolean skipsNames) {
        this.slots = List.copyOf(slots);
        this.source = source;
        this.skipsNames = skipsNames;
    }

    /**
     * The same pattern, but not matching a name ({@link TokenizedText#isName}: "ponnien Tulla" is no "tull"), not
     * even by an exact form. For word lists, whose words are also names of people, animals, places and firms.
     */
    public PhrasePattern skippingNames() {
        return new PhrasePattern(slots, source, true);
    }

    /**
     * Parses a pattern such as {@code @your egen? =skyld/=skylda/=skylden}; words are normalised and stemmed with the
     * language's stemmers. Throws {@link IllegalArgumentException} with a message that starts with {@code where}.
     */
    public static PhrasePattern parse(String text, LetterLocale language, String where) {
        String pattern = text.strip();
        List<Slot> slots = new ArrayList<>();
        for (String part : pattern.split("\\s+")) {
            if (part.startsWith("...")) {
                if (slots.isEmpty()) {
                    throw new IllegalArgumentException(where + ": '" + pattern + "' starts with a gap; start with a word");
                }
                int gap = part.length() == 3 ? DEFAULT_GAP : number(part.substring(3), pattern, where);
                Slot before = slots.remove(slots.size() - 1);
                slots.add(new Slot(before.alternatives(), before.optional(), gap, before.quoted()));
                continue;
            }
            boolean optional = part.endsWith("?") && part.length() > 1;
            String body = optional ? part.substring(0, part.length() - 1) : part;
            boolean quoted = body.length() > 2 && body.startsWith("\"") && body.endsWith("\"");
            body = quoted ? body.substring(1, body.length() - 1) : body;
            List<Term> alternatives = new ArrayList<>();
            for (String alternative : body.split("/")) {
                alternatives.add(term(alternative, language, pattern, where));
            }
            slots.add(new Slot(alternatives, optional, 0, quoted));
        }
        if (slots.isEmpty() || slots.stream().allMatch(Slot::optional)) {
            throw new IllegalArgumentException(where + ": the pattern '" + pattern + "' has no word that must be there");
        }
        return new PhrasePattern(slots, pattern, false);
    }

    /** Parses one term: the members of a set are written like this. */
    public static Term term(String text, LetterLocale language, String pattern, String where) {
        if (text.isEmpty() || text.equals("=") || text.equals("*") || text.equals("@")) {
            throw new IllegalArgumentException(where + ": '" + pattern + "' has an empty word (check '/', '=', '*')");
        }
        if (text.startsWith("@")) {
            return new SetRef(text.substring(1), where);
        }
        String word = language.analysis().normalise(text.startsWith("=") ? text.substring(1) : text);
        if (!WORD.matcher(word).matches()) {
            throw new IllegalArgumentException(where + ": '" + text + "' in '" + pattern + "' is not a word; write "
                    + "words, =forms, prefixes* or @sets separated by spaces");
        }
        if (text.startsWith("=") && word.endsWith("*")) {
            // An exact form with a star would never match: the author meant a prefix.
            throw new IllegalArgumentException(where + ": '" + text + "' in '" + pattern + "' is both an exact form "
                    + "and a prefix; write '" + text.substring(1) + "' for any word starting so");
        }
        if (text.startsWith("=") && Character.isUpperCase(text.codePointAt(1))) {
            return new Capital(word);
        }
        if (text.startsWith("=")) {
            return new Exact(word);
        }
        if (word.endsWith("*")) {
            return new Prefix(word.substring(0, word.length() - 1));
        }
        return new Lemma(word, Stemmers.of(language).keys(word));
    }

    private static int number(String text, String pattern, String where) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= MAX_GAP) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": '..." + text + "' in '" + pattern + "' is not a gap; write '...' "
                + "or '...N' with N from 0 to " + MAX_GAP);
    }

    /** The set names this pattern uses, with where each is used. */
    List<SetRef> setRefs() {
        List<SetRef> refs = new ArrayList<>();
        for (Slot slot : slots) {
            for (Term term : slot.alternatives()) {
                if (term instanceof SetRef ref) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    /**
     * The clause word ("but", "men") that a word after this pattern's first must be, if any: such a pattern runs over
     * a clause break, so a clause rule that requires it can never match.
     */
    Optional<String> clauseWordInside() {
        int first = 0;
        while (slots.get(first).optional()) {
            first++;
        }
        for (Slot slot : slots.subList(first + 1, slots.size())) {
            if (!slot.optional() && slot.alternatives().stream().allMatch(t -> clauseWord(t).isPresent())) {
                return clauseWord(slot.alternatives().get(0));
            }
        }
        return Optional.empty();
    }

    /** The clause word this term can only be, if any ("=but", "=But", the lemma "men"); a set is not looked into. */
    private static Optional<String> clauseWord(Term term) {
        String form = term instanceof Exact exact ? exact.form() : term instanceof Capital capital ? capital.form()
                : term instanceof Lemma lemma ? lemma.word() : null;
        return form != null && TokenizedText.isClauseWord(form) ? Optional.of(form) : Optional.empty();
    }

    /** The words of the slots that are not optional: a text without one of them has no match. */
    List<Vocabulary> requiredWords() {
        List<Vocabulary> words = new ArrayList<>();
        for (Slot slot : slots) {
            if (!slot.optional()) {
                words.add(slot.words());
            }
        }
        return words;
    }

    /**
     * Every match in the text as {@code [first word, last word]} (inclusive), leftmost first and longest at each start.
     *
     * @param sets the named sets of the rules in force
     */
    public List<int[]> find(TokenizedText text, LetterLocale language, Map<String, Vocabulary> sets) {
        List<int[]> found = new ArrayList<>();
        for (int start = 0; start < text.size(); start++) {
            int end = match(text, language, sets, 0, start, text.token(start).sentence());
            if (end >= start) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** The last word index of a match of slots from {@code slot} on at word {@code at}, or -1. */
    private int match(TokenizedText text, LetterLocale language, Map<String, Vocabulary> sets, int slot, int at,
                      int sentence) {
        if (slot == slots.size()) {
            return at - 1;
        }
        Slot s = slots.get(slot);
        if (at < text.size() && text.token(at).sentence() == sentence && (!s.quoted() || text.token(at).quoted())
                && !(skipsNames && text.isName(at)) && text.matches(s.words(), at, language, sets)) {
            if (slot == slots.size() - 1) {
                return at;
            }
            for (int next = at + 1; next <= at + 1 + s.gapAfter() && next < text.size(); next++) {
                int end = match(text, language, sets, slot + 1, next, sentence);
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (!s.optional()) {
            return -1;
        }
        // Left out, the slot still lends its gap: "nobody ...4 here" also matches "nobody wants".
        for (int next = at; next <= at + s.gapAfter() && (next < text.size() || next == at); next++) {
            int end = match(text, language, sets, slot + 1, next, sentence);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
