package no.farvel.localization;

/**
 * Which stemmer the guide check runs over a language's words, named by algorithm so that the check (which holds
 * the Lucene implementations) can pick its class: the module itself has no third-party code.
 */
public enum Stemmer {
    /** Norwegian stemming, bokmål variant (the guide check uses Lucene's NorwegianMinimalStemFilter). */
    NORWEGIAN_BOKMAL("Norwegian"),
    /** Norwegian stemming, nynorsk variant (the guide check uses Lucene's NorwegianMinimalStemFilter). */
    NORWEGIAN_NYNORSK("Norwegian"),
    /** English stemming (the guide check uses Lucene's Porter stemmer). */
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
