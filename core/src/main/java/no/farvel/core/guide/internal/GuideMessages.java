package no.farvel.core.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import no.farvel.localization.LetterLocale;

/** The finding messages in nb, nn and en, from {@code guide_messages_<code>.properties} (UTF-8). */
public final class GuideMessages {
    private final Map<LetterLocale, Properties> bundles = new EnumMap<>(LetterLocale.class);

    public GuideMessages() {
        for (LetterLocale locale : LetterLocale.values()) {
            bundles.put(locale, load(locale.code()));
        }
    }

    private static Properties load(String code) {
        String name = "/no/farvel/core/guide/guide_messages_" + code + ".properties";
        try (InputStream in = GuideMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The guide-check messages " + name + " are missing from the classpath");
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
        Properties bundle = bundles.get(locale == null ? LetterLocale.EN : locale);
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("The guide-check message '" + key + "' is missing for " + locale);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
