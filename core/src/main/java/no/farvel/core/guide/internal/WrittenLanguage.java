package no.farvel.core.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.farvel.localization.LetterLocale;

/**
 * Tells Norwegian from English in a short text such as a contract title or a job title, by words typical of each
 * (from {@code words_no.txt} and {@code words_en.txt}) and the letters æ, ø and å. Says nothing unless the evidence is
 * clear, since a wrong-language finding on a good title would teach people to ignore the check. Thread-safe.
 */
public final class WrittenLanguage {
    /** Whole compounds end in a listed word of this length or more ("regnskapstjenester" in "tjenester"). */
    private static final int MIN_COMPOUND_HEAD = 5;
    /** Endings only English words have, and the shortest word they are read in. */
    private static final List<String> ENGLISH_ENDINGS = List.of("tion", "tions", "ments", "ness", "nesses", "ally",
            "ously", "edly", "fully", "ively", "ately", "ingly", "ently", "antly");
    private static final int MIN_ENDING_WORD = 7;

    private static final WrittenLanguage BUILT_IN = new WrittenLanguage();

    private final Set<String> norwegian = words("words_no.txt");
    private final Set<String> english = words("words_en.txt");

    private WrittenLanguage() {
    }

    /** The one instance, its word lists read once for every guide check and scanner. */
    public static WrittenLanguage builtIn() {
        return BUILT_IN;
    }

    /** The two languages this tells apart; bokmål and nynorsk count as one. */
    public enum Language { NORWEGIAN, ENGLISH }

    /** The language of the letter, as this class counts it. */
    public static Language of(LetterLocale locale) {
        return locale == LetterLocale.EN ? Language.ENGLISH : Language.NORWEGIAN;
    }

    /**
     * The other language when {@code text} is clearly in it rather than in {@code expected}: at least two words of the
     * other language and none of the expected one, or three and more than twice as many; otherwise null.
     */
    public Language foreignTo(Language expected, String text) {
        int no = 0;
        int en = 0;
        int enByEnding = 0;
        for (TokenizedText.Token token : TokenizedText.of(text, null).tokens()) {
            String word = token.form();
            if (word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            Language only = onlyOf(word);
            if (only == Language.NORWEGIAN) {
                no++;
            } else if (only == Language.ENGLISH) {
                en++;
            } else if (only == null && hasEnglishEnding(word) && !listed(norwegian, word)) {
                enByEnding++;
            }
        }
        // An English ending only adds to a listed English word: "seriously, literally, totally" tagged onto a
        // Norwegian sentence is no English text, "Requirements have changed substantially" is.
        en += en > 0 ? enByEnding : 0;
        int own = expected == Language.ENGLISH ? en : no;
        int other = expected == Language.ENGLISH ? no : en;
        boolean clear = (other >= 2 && own == 0) || (other >= 3 && other > 2 * own);
        if (!clear) {
            return null;
        }
        return expected == Language.ENGLISH ? Language.NORWEGIAN : Language.ENGLISH;
    }

    /**
     * Whether {@code word} (normalised, lower case) is a word of {@code language} that is no word of the other: listed
     * for it (or, for Norwegian, written with æ, ø or å) and not listed for the other.
     */
    public boolean isOnly(Language language, String word) {
        return onlyOf(word) == language;
    }

    /** The one language {@code word} belongs to, or null when it is listed for both or neither. */
    private Language onlyOf(String word) {
        boolean isNorwegian = listed(norwegian, word) || word.chars().anyMatch(c -> c == 'æ' || c == 'ø' || c == 'å');
        boolean isEnglish = listed(english, word);
        return isNorwegian == isEnglish ? null : isNorwegian ? Language.NORWEGIAN : Language.ENGLISH;
    }

    /**
     * Whether a word that neither list names ends as only English words do: Norwegian spells "-sjon" for "-tion", has no
     * plural "-ments" ("dokumenter") and no adverbs in "-ly" ("vesentlig", not "substantially"). So "Requirements have
     * changed substantially" reads as English by its form beside one listed word, not by a longer word list.
     */
    private static boolean hasEnglishEnding(String word) {
        if (word.length() < MIN_ENDING_WORD) {
            return false;
        }
        for (String ending : ENGLISH_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listed(Set<String> words, String word) {
        if (words.contains(word)) {
            return true;
        }
        for (int i = 1; i <= word.length() - MIN_COMPOUND_HEAD; i++) {
            if (words.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String file) {
        String name = "/no/farvel/core/guide/" + file;
        try (InputStream in = WrittenLanguage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + name + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> words.addAll(List.of(l.strip().split("\\s+"))));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the word list " + name, e);
        }
    }
}
