package no.farvel.core.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import no.farvel.localization.LetterLocale;

/**
 * The finding messages from {@code guide_messages_<code>.properties} (UTF-8): nb, nn and en are built in; a language
 * without its own file speaks through its fallbacks, and English when they have none either.
 */
public final class GuideMessages {
    private static final Properties NONE = new Properties();

    private final Map<LetterLocale, Properties> bundles = new ConcurrentHashMap<>();

    public GuideMessages() {
        for (LetterLocale locale : LetterLocale.all()) {
            bundles.put(locale, load(locale.code()));
        }
        if (bundles.get(LetterLocale.EN).isEmpty()) {
            throw new IllegalStateException("The guide-check messages in English are missing from the classpath");
        }
    }

    private static Properties load(String code) {
        String name = "/no/farvel/core/guide/guide_messages_" + code + ".properties";
        try (InputStream in = GuideMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                return NONE;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the guide-check messages " + name, e);
        }
    }

    /** The message for a key in a language (English when the locale is unknown), with {0}, {1}... filled in. */
    public String text(LetterLocale locale, String key, Object... args) {
        String text = null;
        List<LetterLocale> chain = new ArrayList<>(locale == null ? List.of() : locale.messageChain());
        chain.add(LetterLocale.EN);
        for (int i = 0; i < chain.size() && text == null; i++) {
            text = bundles.computeIfAbsent(chain.get(i), l -> load(l.code())).getProperty(key);
        }
        if (text == null) {
            throw new IllegalStateException("The guide-check message '" + key + "' is missing for " + locale);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
