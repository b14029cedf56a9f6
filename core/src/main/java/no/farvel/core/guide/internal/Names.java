package no.farvel.core.guide.internal;

import java.util.List;
import java.util.Set;

/**
 * Where a word written with a capital inside its sentence is a name rather than the word it spells: the client's pony
 * "Tulla" is no "tull" (nonsense), "your dog Bully" no bully, "Katten deres Dott" no "dott". A capital is read as the
 * word unless its place says it names someone or something — after a word for a kind of animal, boat, place, firm or
 * work ("ponnien Tulla", "hesten deres Bandit", "your production of Psycho"), after a verb or noun of naming ("heter
 * Tulla", "called Bully", "navnet er Tulla"), after a preposition of place and "the" ("at the Shambles", "past the
 * Rookery"), or beside another capital in a name of two words ("Tulla Hansen", "The Dumb Waiter"). So an insult in
 * capitals for emphasis or disguise ("a complete Idiot", "Goodbye, Idiots.", "Dere er helt Uakseptable") is still
 * read. Immutable.
 */
final class Names {
    /** Kinds of things that are given names, in English, bokmål and nynorsk (also the head of a compound). */
    private static final Set<String> KINDS = Set.of(
            "pony", "ponies", "horse", "horses", "mare", "stallion", "gelding", "colt", "filly", "foal", "donkey", "dog",
            "dogs", "puppy", "hound", "cat", "cats", "kitten", "bull", "cow", "calf", "heifer", "goat", "ram", "ewe",
            "lamb", "pig", "sow", "boar", "hen", "cockerel", "rooster", "duck", "goose", "falcon", "hawk", "owl",
            "eagle", "parrot", "bird", "rabbit", "ferret", "alpaca", "llama", "boat", "yacht", "ship", "vessel", "barge",
            "ferry", "dinghy", "trawler", "farm", "estate", "cottage", "cabin", "shop", "café", "cafe", "pub",
            "restaurant", "hotel", "inn", "firm", "company", "brand", "band", "choir", "team", "club", "film", "play",
            "book", "novel", "show", "production", "song", "album", "opera", "musical", "tractor", "van", "lorry",
            "mascot",
            "ponni", "ponnien", "ponniene", "hest", "hesten", "hestane", "hestene", "hoppe", "hoppa", "hoppen", "merr",
            "merra", "hingst", "hingsten", "vallak", "vallaken", "føll", "føllet", "esel", "eselet", "hund", "hunden",
            "bikkje", "bikkja", "valp", "valpen", "katt", "katten", "katta", "kattunge", "kattungen", "kua", "kalv",
            "kalven", "kvige", "kviga", "geit", "geita", "bukk", "bukken", "sau", "sauen", "vær", "væren", "lammet",
            "gris", "grisen", "purke", "purka", "høne", "høna", "hane", "hanen", "anda", "gåsa", "falk", "falken",
            "hauk", "hauken", "ugle", "ugla", "ørn", "ørnen", "papegøye", "papegøyen", "fugl", "fuglen", "kanin",
            "kaninen", "alpakka", "alpakkaen", "lama", "lamaen", "båt", "båten", "skute", "skuta", "skøyte", "skøyta",
            "ferje", "ferja", "ferga", "fartøy", "fartøyet", "gård", "gården", "gard", "garden", "hytte", "hytta",
            "huset", "butikk", "butikken", "kafé", "kafeen", "puben", "restauranten", "hotell", "hotellet", "firma",
            "firmaet", "selskap", "selskapet", "merke", "merket", "bandet", "kor", "koret", "laget", "klubb",
            "klubben", "filmen", "stykket", "bok", "boka", "boken", "roman", "romanen", "forestilling",
            "forestillingen", "framsyning", "framsyninga", "sang", "sangen", "songen", "albumet", "traktor",
            "traktoren", "maskot", "maskoten");
    /** Kinds long enough to name the head of a compound ("bordercollien" is no kind, "gardshunden" ends in one). */
    private static final List<String> COMPOUND_HEADS = KINDS.stream().filter(k -> k.length() >= 4).toList();
    /** Verbs and participles of naming: "heter Tulla", "a dog called Bully". */
    private static final Set<String> NAMING = Set.of("heter", "het", "heiter", "hette", "kalt", "kalla", "kallet",
            "døpt", "døypt", "called", "named", "christened", "dubbed");
    /** Possessives between a kind and its name ("hesten deres Bandit", "your dog Bully" needs none). */
    private static final Set<String> POSSESSIVES = Set.of("deres", "dykkar", "vår", "våre", "vårt", "min", "mi",
            "mitt", "din", "di", "ditt", "hans", "hennes", "sin", "si", "sitt");
    /** "… of Psycho", "forestillingen av Tulla": a work and its title; "our boat, the Scoundrel". */
    private static final Set<String> OF = Set.of("of", "av", "om", "the");
    /**
     * Where a place named with "the" stands: "at the Shambles", "along the Mall", "past the Rookery". Not "by", "to",
     * "in" or "from", which as often name a person or a crowd ("shouted at by the Idiots", "talking to the Clowns").
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "near", "past", "along", "opposite", "outside",
            "behind", "beside", "via", "around");
    /** Verbs aimed at someone: "shouted at the Idiots" is no place. */
    private static final Set<String> AIMED = Set.of("shout", "shouted", "shouting", "yell", "yelled", "yelling",
            "laugh", "laughed", "laughing", "sneer", "sneered", "look", "looked", "point", "pointed", "glare",
            "glared", "swear", "swore", "scream", "screamed", "aimed", "directed", "angry", "furious");
    /** "navnet er Tulla", "his name is Bully", "navnet på ponnien er Tulla". */
    private static final Set<String> NAME_NOUNS = Set.of("name", "navn", "navnet", "namn", "namnet");
    private static final Set<String> COPULAS = Set.of("is", "was", "er", "var");
    /** The courtesy pronouns and the English "I", written with a capital inside a sentence and no names. */
    private static final Set<String> PRONOUNS = Set.of("de", "dem", "deres", "dere", "dykk", "dykkar", "du", "deg",
            "din", "di", "ditt", "dine", "i");

    private Names() {
    }

    /** Whether the word at {@code index} of {@code text} is a name by its place (see the class comment). */
    static boolean isName(TokenizedText text, int index) {
        TokenizedText.Token token = text.token(index);
        if (!token.capitalised() || PRONOUNS.contains(token.form()) || !text.inTitleCase(index)) {
            return false;
        }
        String before = form(text, index - 1, token.sentence());
        String twoBefore = form(text, index - 2, token.sentence());
        if (before == null) {
            return false;
        }
        if (isKind(before) || NAMING.contains(before)
                || twoBefore != null && isKind(twoBefore) && (POSSESSIVES.contains(before) || OF.contains(before))
                || twoBefore != null && (NAME_NOUNS.contains(twoBefore) || isKind(twoBefore))
                        && COPULAS.contains(before)
                || afterPlace(text, index, before, twoBefore, token.sentence())) {
            return true;
        }
        return (capitalInside(text, index - 1, token.sentence()) || capitalInside(text, index + 1, token.sentence()))
                && !writtenInTitleCase(text, index);
    }

    /** "at the Shambles", but not "shouted at the Idiots": the word before the preposition is read only here. */
    private static boolean afterPlace(TokenizedText text, int index, String before, String twoBefore, int sentence) {
        if (!"the".equals(before) || twoBefore == null || !PLACE_PREPOSITIONS.contains(twoBefore)) {
            return false;
        }
        String threeBefore = form(text, index - 3, sentence);
        return threeBefore == null || !AIMED.contains(threeBefore);
    }

    private static boolean isKind(String form) {
        if (KINDS.contains(form)) {
            return true;
        }
        for (String head : COMPOUND_HEADS) {
            if (form.length() >= head.length() + 3 && form.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    private static String form(TokenizedText text, int index, int sentence) {
        return index >= 0 && text.token(index).sentence() == sentence ? text.token(index).form() : null;
    }

    /** A capitalised word inside the sentence that is no pronoun: the other half of a name ("Tulla Hansen"). */
    private static boolean capitalInside(TokenizedText text, int index, int sentence) {
        return index >= 0 && index < text.size() && text.token(index).sentence() == sentence
                && text.token(index).capitalised() && !PRONOUNS.contains(text.token(index).form())
                && text.inTitleCase(index);
    }

    /** A sentence with a capital on most of its words ("Your Service Is Absolutely Disgraceful") names no one. */
    private static boolean writtenInTitleCase(TokenizedText text, int index) {
        int sentence = text.token(index).sentence();
        int words = 0;
        int capitals = 0;
        for (int i = text.firstOfSentence(index); i < text.size() && text.token(i).sentence() == sentence; i++) {
            words++;
            capitals += text.token(i).capitalised() ? 1 : 0;
        }
        return 2 * capitals >= words;
    }
}
