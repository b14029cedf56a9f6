package no.farvel.core.guide;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A rendered letter as the guide check reads it: its plain text, and the text of each part its template marked with a
 * role ({@code data-role="thanks"} in the letter markup).
 *
 * @param text the letter as plain text
 * @param roles the text of every part marked with each role, in letter order; empty when the template marks none
 */
public record LetterText(String text, Map<String, List<String>> roles) {
    /** The role of the sentence that thanks the client. */
    public static final String THANKS = "thanks";
    /** The role of the sentence that wishes the client well. */
    public static final String WISHES = "wishes";
    /** The role of each part that states what the client is asked to pay: a total to pay, a payment request. */
    public static final String PAYABLE = "payable";

    public LetterText {
        Objects.requireNonNull(text, "The parameter 'text' must not be null");
        Objects.requireNonNull(roles, "The parameter 'roles' must not be null");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        roles.forEach((role, parts) -> copy.put(role, List.copyOf(parts)));
        roles = java.util.Collections.unmodifiableMap(copy);
    }

    /** A letter whose template marks no roles. */
    public static LetterText of(String text) {
        return new LetterText(text, Map.of());
    }

    /** Whether the template marked the closing: a thanks or good-wishes role anywhere in the letter. */
    public boolean marksClosing() {
        return roles.containsKey(THANKS) || roles.containsKey(WISHES);
    }

    /** Whether some part marked with {@code role} holds text. */
    public boolean hasText(String role) {
        return roles.getOrDefault(role, List.of()).stream().anyMatch(s -> !s.isBlank());
    }
}
