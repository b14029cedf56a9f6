package no.farvel.server.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** Server-made ids for batches and sends: 26 random base-32 characters, so no request ever names a folder. */
public final class Ids {
    /** What an id looks like; anything else in a URL is not one of ours. */
    public static final Pattern PATTERN = Pattern.compile("[a-z2-7]{26}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Ids() {
    }

    /** A fresh id with 130 random bits. */
    public static String next() {
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} could be an id the server made. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }
}
