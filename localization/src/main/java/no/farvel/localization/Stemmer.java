package no.farvel.localization;

/**
 * Which stemmer the guide check runs over a language's words, named by algorithm so that the check (which holds
 * the Lucene implementations) can pick its class: the module itself has no third-party code.
 */
public enum Stemmer {
    /** Lucene's NorwegianLightStemmer with the bokmål variant. */
    NORWEGIAN_BOKMAL("Norwegian"),
    /** Lucene's NorwegianLightStemmer with the nynorsk variant. */
    NORWEGIAN_NYNORSK("Norwegian"),
    /** Lucene's EnglishMinimalStemmer family; Snowball "English" (Porter2) where a heavier one is wanted. */
    ENGLISH("English"),
    /** Lucene's SwedishLightStemmer; Snowball "Swedish". */
    SWEDISH("Swedish"),
    /** Snowball "Danish". */
    DANISH("Danish"),
    /** No stemming: words are matched as written (after normalisation). */
    NONE(null);

    private final String snowballName;

    Stemmer(String snowballName) {
        this.snowballName = snowballName;
    }

    /** The name of the Snowball stemmer for the language, such as {@code Norwegian}; null for {@link #NONE}. */
    public String snowballName() {
        return snowballName;
    }
}
