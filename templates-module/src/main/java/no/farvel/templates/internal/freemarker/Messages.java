package no.farvel.templates.internal.freemarker;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.localization.LetterLocale;
import no.farvel.localization.MessageBundles;
import no.farvel.templates.internal.pack.PackFiles;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * One language's wording from a pack: {@code messages_<locale>.properties}, UTF-8, with {@code {path}} placeholders.
 * A key the bundle lacks is looked for as the localization module says: in the language's own defaults, then along
 * its fallbacks (nynorsk takes bokmål's), never in a language it does not fall back to.
 *
 * <p>Placeholders are filled in one pass and the values are never scanned again, so a client named
 * {@code {letter.id}} stays literal. A filled-in message is at most {@code templateOutput} characters long, however
 * often it repeats a placeholder.
 *
 * <p>A letter that carries all its own words, such as a Word document, needs no bundle: without one, the language's
 * defaults still answer, and a label they lack is empty.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final String pack;
    private final LetterLocale locale;
    private final Properties properties;
    private final Map<LetterLocale, Messages> packBundles;
    private final long maxLength;
    private final boolean present;

    private Messages(String pack, LetterLocale locale, Properties properties, Map<LetterLocale, Messages> packBundles,
                     long maxLength, boolean present) {
        this.pack = pack;
        this.locale = locale;
        this.properties = properties;
        this.packBundles = packBundles;
        this.maxLength = maxLength;
        this.present = present;
    }

    /** Loads {@code messages_<locale>.properties} from the pack alone: a key it lacks comes from defaults only. */
    public static Messages load(PackResources resources, LetterLocale locale, PackLimits limits) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(PackFiles.text(resources, fileName(locale), limits)));
        return new Messages(resources.name(), locale, properties, Map.of(), limits.templateOutput(), true);
    }

    /**
     * The wording of a language whose letter carries all its own words, such as a Word document, in a pack with no
     * bundle for it: only the language's defaults, and {@link #label} gives empty text for what they lack.
     */
    public static Messages none(PackResources resources, LetterLocale locale, PackLimits limits) {
        return new Messages(resources.name(), locale, new Properties(), Map.of(), limits.templateOutput(), false);
    }

    /** This bundle with the pack's other bundles to fall back on, by language. */
    public Messages withFallbacks(Map<LetterLocale, Messages> bundles) {
        return new Messages(pack, locale, properties, Map.copyOf(bundles), maxLength, present);
    }

    /** The bundle's file name for a locale: {@code messages_nn.properties}. */
    public static String fileName(LetterLocale locale) {
        return "messages_" + locale.code() + ".properties";
    }

    private String packText(LetterLocale language, String key) {
        Messages bundle = language.equals(locale) ? this : packBundles.get(language);
        return bundle == null ? null : bundle.properties.getProperty(key);
    }

    /** The keys this bundle defines. */
    public Set<String> keys() {
        return properties.stringPropertyNames();
    }

    /**
     * A label the letter model carries ready-made, such as a reason's sentence: the bundle's text, or without a
     * bundle the language's default, or empty text when it has none and the letter writes its own.
     */
    public String label(String key) {
        return present || MessageBundles.lookup(locale, key, this::packText).isPresent() ? format(key, path -> null)
                : "";
    }

    /** The text for {@code key} with its placeholders filled from {@code values}; fails naming pack, file and key. */
    public String format(String key, Function<String, String> values) {
        String pattern = MessageBundles.lookup(locale, key, this::packText).orElseThrow(() -> new RenderException(
                present ? "Pack '" + pack + "': message key '" + key + "' is missing in " + fileName(locale)
                        : "Pack '" + pack + "': msg(\"" + key + "\") needs " + fileName(locale) + ", which the pack"
                        + " does not have; write the words in the letter itself or add the file"));
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null) {
                throw new RenderException("Pack '" + pack + "': message '" + key + "' in " + fileName(locale)
                        + " uses {" + m.group(1) + "}, which the letter model does not have");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
            if (out.length() > maxLength) {
                throw new LimitExceededException("templateOutput", "Pack '" + pack + "': message '" + key + "' in "
                        + fileName(locale) + " grows past the limit of " + maxLength + " characters once its "
                        + "placeholders are filled (templateOutput); " + PackLimits.howToRaise("templateOutput"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
