package no.farvel.localization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The person a letter is for, as far as it is known: a courtesy title, given names and surname, each possibly
 * empty. With no surname nobody is named, and the letter greets the organisation ("Dear Sir or Madam").
 */
public record Addressee(String title, String givenNames, String surname) {
    private static final Addressee NONE = new Addressee("", "", "");
    private static final Set<String> SURNAME_PARTICLES = Set.of("af", "av", "da", "de", "del", "della", "den", "der",
            "di", "du", "la", "le", "ten", "ter", "van", "von");
    private static final Set<String> POST_NOMINALS = Set.of("bsc", "cbe", "dbe", "esq", "jr", "kbe", "kc", "llb",
            "llm", "ma", "mba", "mbe", "mp", "msc", "obe", "phd", "qc", "sr");

    public Addressee {
        title = clean(title);
        givenNames = clean(givenNames);
        surname = clean(surname);
    }

    /** Nobody in particular. */
    public static Addressee none() {
        return NONE;
    }

    /**
     * Reads a name as written in an attention line, such as {@code Ms Jane O'Neill}, {@code Dr. Ian van der Berg
     * KC} or {@code Kari Nordmann}: a leading courtesy title from {@code titles} (matched without regard to case or
     * a full stop, kept as the set spells it), post-nominal letters dropped, the last word with any particles before
     * it ({@code van der}) as the surname. Blank text names nobody.
     */
    public static Addressee parse(String text, Set<String> titles) {
        Objects.requireNonNull(titles, "The parameter 'titles' must not be null");
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().replace(",", " ").split("\\s+")));
        String title = "";
        String first = bare(words.get(0));
        for (String known : titles) {
            if (known.equalsIgnoreCase(first)) {
                title = known;
                words.remove(0);
                break;
            }
        }
        if (words.isEmpty()) {
            return NONE;
        }
        while (words.size() > 1 && POST_NOMINALS.contains(bare(words.get(words.size() - 1)).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        int surnameStart = words.size() - 1;
        while (surnameStart > 0 && SURNAME_PARTICLES.contains(words.get(surnameStart - 1))) {
            surnameStart--;
        }
        return new Addressee(title, String.join(" ", words.subList(0, surnameStart)),
                String.join(" ", words.subList(surnameStart, words.size())));
    }

    /** Whether a person is named at all. */
    public boolean isNamed() {
        return !surname.isEmpty();
    }

    /** Whether the name came with a courtesy title. */
    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** Given names and surname: {@code Jane O'Neill}. */
    public String fullName() {
        return givenNames.isEmpty() ? surname : givenNames + " " + surname;
    }

    private static String bare(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String clean(String part) {
        return part == null ? "" : part.strip().replaceAll("\\s+", " ");
    }
}
