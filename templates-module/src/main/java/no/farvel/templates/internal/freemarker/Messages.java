package no.farvel.templates.internal.freemarker;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * One language's wording from a pack: {@code messages_<locale>.properties}, UTF-8, with {@code {path}} placeholders.
 *
 * <p>Placeholders are filled in one pass and the values are never scanned again, so a client named
 * {@code {letter.id}} stays literal.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final String pack;
    private final String file;
    private final Properties properties;
    private final boolean present;

    private Messages(String pack, String file, Properties properties, boolean present) {
        this.pack = pack;
        this.file = file;
        this.properties = properties;
        this.present = present;
    }

    /** Loads {@code messages_<locale>.properties} from the pack. */
    public static Messages load(PackResources resources, LetterLocale locale) throws IOException {
        String file = fileName(locale);
        Properties properties = new Properties();
        properties.load(new StringReader(new String(resources.read(file), StandardCharsets.UTF_8)));
        return new Messages(resources.name(), file, properties, true);
    }

    /**
     * The wording of a locale whose letter carries all its own words, such as a Word document, and whose pack has no
     * bundle for it: no keys, and {@link #label} gives empty text.
     */
    public static Messages none(PackResources resources, LetterLocale locale) {
        return new Messages(resources.name(), fileName(locale), new Properties(), false);
    }

    /** Whether the pack has this bundle. */
    public boolean present() {
        return present;
    }

    /** The bundle's file name for a locale: {@code messages_nn.properties}. */
    public static String fileName(LetterLocale locale) {
        return "messages_" + locale.code() + ".properties";
    }

    /** The keys this bundle defines. */
    public Set<String> keys() {
        return properties.stringPropertyNames();
    }

    /**
     * A label the letter model carries ready-made, such as a reason's sentence: the bundle's text, or empty text when
     * the pack has no bundle and its letter writes its own.
     */
    public String label(String key) {
        return present ? format(key, path -> null) : "";
    }

    /** The text for {@code key} with its placeholders filled from {@code values}; fails naming pack, file and key. */
    public String format(String key, Function<String, String> values) {
        String pattern = properties.getProperty(key);
        if (pattern == null && !present) {
            throw new RenderException("Pack '" + pack + "': msg(\"" + key + "\") needs " + file
                    + ", which the pack does not have; write the words in the letter itself or add the file");
        }
        if (pattern == null) {
            throw new RenderException("Pack '" + pack + "': message key '" + key + "' is missing in " + file);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null) {
                throw new RenderException("Pack '" + pack + "': message '" + key + "' in " + file + " uses {"
                        + m.group(1) + "}, which the letter model does not have");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
