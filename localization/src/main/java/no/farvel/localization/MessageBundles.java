package no.farvel.localization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * How a pack's message bundles and a language's own defaults combine: which text a key gets in a language, and which
 * keys a pack's bundle lacks. The bundles themselves stay in the packs.
 */
public final class MessageBundles {
    private static final String STATUS_PREFIX = "invoices.status.";

    private MessageBundles() {
    }

    /**
     * The texts a language supplies for keys a pack leaves out: its {@code defaultMessages()} and the invoice status
     * words under {@code invoices.status.OPEN}, {@code .OVERDUE}, {@code .DISPUTED} and {@code .PAID}.
     */
    public static Map<String, String> defaults(LetterLocale locale) {
        Objects.requireNonNull(locale, "The parameter 'locale' must not be null");
        Map<String, String> defaults = new LinkedHashMap<>();
        for (InvoiceState state : InvoiceState.values()) {
            defaults.put(STATUS_PREFIX + state.name(), locale.words().invoiceStatus(state));
        }
        defaults.putAll(locale.language().defaultMessages());
        return Map.copyOf(defaults);
    }

    /** A language's default text for a key, looked for along its fallbacks: {@code mail.attachment}. */
    public static Optional<String> defaultText(LetterLocale locale, String key) {
        return lookup(locale, key, (language, k) -> null);
    }

    /**
     * The text of a key in a language: for the language and then each fallback in turn (nn, then nb), the pack's
     * bundle first and the language's defaults second. Never English for a language that does not fall back to it.
     *
     * @param packText the pack's text for (language, key), or null when its bundle lacks the key or it has no bundle
     */
    public static Optional<String> lookup(LetterLocale locale, String key,
                                          BiFunction<LetterLocale, String, String> packText) {
        Objects.requireNonNull(locale, "The parameter 'locale' must not be null");
        Objects.requireNonNull(key, "The parameter 'key' must not be null");
        Objects.requireNonNull(packText, "The parameter 'packText' must not be null");
        for (LetterLocale language : locale.messageChain()) {
            String text = packText.apply(language, key);
            if (text == null) {
                text = defaults(language).get(key);
            }
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The keys each bundle of a pack lacks: any key another bundle has that neither this bundle nor its language's
     * defaults supply, with the languages whose bundles have it, in the order the bundles were given. A key
     * a fallback would supply still counts as missing: a nynorsk letter should not print bokmål.
     */
    public static Map<LetterLocale, Map<String, List<LetterLocale>>> missingKeys(Map<LetterLocale, Set<String>> keys) {
        Objects.requireNonNull(keys, "The parameter 'keys' must not be null");
        Set<String> union = new TreeSet<>();
        keys.values().forEach(union::addAll);
        Map<LetterLocale, Map<String, List<LetterLocale>>> missing = new LinkedHashMap<>();
        for (Map.Entry<LetterLocale, Set<String>> bundle : keys.entrySet()) {
            Map<String, String> defaults = defaults(bundle.getKey());
            Map<String, List<LetterLocale>> lacking = new LinkedHashMap<>();
            for (String key : union) {
                if (!bundle.getValue().contains(key) && !defaults.containsKey(key)) {
                    List<LetterLocale> presentIn = new ArrayList<>();
                    keys.forEach((other, otherKeys) -> {
                        if (otherKeys.contains(key)) {
                            presentIn.add(other);
                        }
                    });
                    lacking.put(key, List.copyOf(presentIn));
                }
            }
            missing.put(bundle.getKey(), lacking);
        }
        return missing;
    }
}
