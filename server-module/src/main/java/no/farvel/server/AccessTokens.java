package no.farvel.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The bearer tokens the server accepts. Only their SHA-256 digests are kept, and a presented token is compared with
 * every one in constant time, so neither timing nor a heap dump gives a token away. Immutable.
 */
public final class AccessTokens {
    /** The fewest characters a token may have; a shorter one could be guessed. */
    public static final int MIN_LENGTH = 20;
    private static final AccessTokens NONE = new AccessTokens(List.of());

    private final List<byte[]> digests;

    private AccessTokens(List<byte[]> digests) {
        this.digests = digests;
    }

    /** No tokens: every request is let in, which the server allows on a loopback address only. */
    public static AccessTokens none() {
        return NONE;
    }

    /**
     * These tokens.
     *
     * @throws IllegalArgumentException when a token is shorter than {@value #MIN_LENGTH} characters or holds a space
     */
    public static AccessTokens of(List<String> tokens) {
        Objects.requireNonNull(tokens, "The parameter 'tokens' must not be null");
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token == null || token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Token " + (i + 1) + " is not a usable bearer token: give at least "
                        + MIN_LENGTH + " characters without spaces, such as the output of 'openssl rand -hex 32'");
            }
            digests.add(digest(token));
        }
        return new AccessTokens(List.copyOf(digests));
    }

    /** The tokens in a file, one a line; blank lines and lines starting with {@code #} are left out. */
    public static AccessTokens fromFile(Path file) throws IOException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        List<String> tokens = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no token: write one token a line");
        }
        try {
            return of(tokens);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The tokens in an environment variable, separated by commas or spaces. */
    public static AccessTokens fromEnvironment(String variable) {
        Objects.requireNonNull(variable, "The parameter 'variable' must not be null");
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The environment variable " + variable + " is not set or empty: "
                    + "put the bearer tokens there, separated by commas");
        }
        try {
            return of(Arrays.stream(value.split("[,\\s]+")).filter(t -> !t.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    /** Whether no token is configured. */
    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /** How many tokens there are. */
    public int size() {
        return digests.size();
    }

    /** Whether {@code presented} is one of the tokens; takes the same time whichever matches, or none. */
    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, candidate);
        }
        return match;
    }

    @Override
    public String toString() {
        return digests.size() + (digests.size() == 1 ? " token" : " tokens");
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
