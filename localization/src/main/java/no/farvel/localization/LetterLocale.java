package no.farvel.localization;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages a letter can be written in. */
public enum LetterLocale {
    /** Norwegian bokmål. */
    NB("nb"),
    /** Norwegian nynorsk. */
    NN("nn"),
    /** English. */
    EN("en");

    private final String code;

    LetterLocale(String code) {
        this.code = code;
    }

    /** The code used in input documents and message bundle names: {@code nb}, {@code nn} or {@code en}. */
    public String code() {
        return code;
    }

    /** The matching {@link Locale}, for libraries that want one. */
    public Locale toLocale() {
        return Locale.forLanguageTag(code);
    }

    /** Finds the locale for a code such as {@code "nn"}; throws {@link IllegalArgumentException} naming the allowed codes. */
    public static LetterLocale fromCode(String code) {
        for (LetterLocale locale : values()) {
            if (locale.code.equals(code)) {
                return locale;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a letter locale; use one of " + codes());
    }

    /** The allowed codes, comma-separated: {@code nb, nn, en}. */
    public static String codes() {
        return Arrays.stream(values()).map(LetterLocale::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}
