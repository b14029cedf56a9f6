package no.farvel.templates.internal.freemarker;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>The case documents' wording ({@code case_<locale>.properties}) is a bundle of its own on top of the letter's: a
 * key it lacks in the language and its fallbacks is the letter's, so the memo can use the letter's status words and
 * reason sentences without repeating them.
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

    /** The letter's bundles: {@code messages_<locale>.properties}. */
    public static final String LETTER = "messages";
    /** The case documents' bundles: {@code case_<locale>.properties}. */
    public static final String CASE = "case";

    private final String pack;
    private final String bundle;
    private final LetterLocale locale;
    private final Properties properties;
    private final Map<LetterLocale, Messages> packBundles;
    private final Messages base;
    private final long maxLength;
    private final boolean present;

    private Messages(String pack, String bundle, LetterLocale locale, Properties properties,
                     Map<LetterLocale, Messages> packBundles, Messages base, long maxLength, boolean present) {
        this.pack = pack;
        this.bundle = bundle;
        this.locale = locale;
        this.properties = properties;
        this.packBundles = packBundles;
        this.base = base;
        this.maxLength = maxLength;
        this.present = present;
    }

    /** Loads {@code messages_<locale>.properties} from the pack alone: a key it lacks comes from defaults only. */
    public static Messages load(PackResources resources, LetterLocale locale, PackLimits limits) throws IOException {
        return load(resources, LETTER, locale, limits);
    }

    /** Loads {@code <bundle>_<locale>.properties}, such as {@code case_nn.properties}, from the pack alone. */
    public static Messages load(PackResources resources, String bundle, LetterLocale locale, PackLimits limits)
            throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(PackFiles.text(resources, fileName(bundle, locale), limits)));
        return new Messages(resources.name(), bundle, locale, properties, Map.of(), null, limits.templateOutput(),
                true);
    }

    /**
     * The wording of a language whose letter carries all its own words, such as a Word document, in a pack with no
     * bundle for it: only the language's defaults, and {@link #label} gives empty text for what they lack.
     */
    public static Messages none(PackResources resources, LetterLocale locale, PackLimits limits) {
        return new Messages(resources.name(), LETTER, locale, new Properties(), Map.of(), null,
                limits.templateOutput(), false);
    }

    /** This bundle with the pack's other bundles of its kind to fall back on, by language. */
    public Messages withFallbacks(Map<LetterLocale, Messages> bundles) {
        return new Messages(pack, bundle, locale, properties, Map.copyOf(bundles), base, maxLength, present);
    }

    /** This bundle on top of {@code letter}: a key neither it nor its fallbacks have is the letter's. */
    public Messages over(Messages letter) {
        return new Messages(pack, bundle, locale, properties, packBundles, letter, maxLength, present);
    }

    /** The bundle's file name for a locale: {@code messages_nn.properties}. */
    public static String fileName(LetterLocale locale) {
        return fileName(LETTER, locale);
    }

    /** A bundle's file name for a locale: {@code case_nn.properties}. */
    public static String fileName(String bundle, LetterLocale locale) {
        return bundle + "_" + locale.code() + ".properties";
    }

    private String packText(LetterLocale language, String key) {
        Messages bundle = language.equals(locale) ? this : packBundles.get(language);
        return bundle == null ? null : bundle.properties.getProperty(key);
    }

    private Optional<String> pattern(String key) {
        if (base == null) {
            return MessageBundles.lookup(locale, key, this::packText);
        }
        for (LetterLocale language : locale.messageChain()) {
            String text = packText(language, key);
            if (text != null) {
                return Optional.of(text);
            }
        }
        return base.pattern(key);
    }

    /** The files a key is looked for in, for errors: {@code case_nb.properties and messages_nb.properties}. */
    private String files() {
        return fileName(bundle, locale) + (base == null ? "" : " and " + base.files());
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
        return present || pattern(key).isPresent() ? format(key, path -> null) : "";
    }

    /** The text for {@code key} with its placeholders filled from {@code values}; fails naming pack, file and key. */
    public String format(String key, Function<String, String> values) {
        String pattern = pattern(key).orElseThrow(() -> new RenderException(present
                ? "Pack '" + pack + "': message key '" + key + "' is missing in " + files()
                : "Pack '" + pack + "': msg(\"" + key + "\") needs " + files() + ", which the pack does not have;"
                        + " write the words in the letter itself or add the file"));
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null) {
                throw new RenderException("Pack '" + pack + "': message '" + key + "' in " + files()
                        + " uses {" + m.group(1) + "}, which the letter model does not have");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
            if (out.length() > maxLength) {
                throw new LimitExceededException("templateOutput", "Pack '" + pack + "': message '" + key + "' in "
                        + files() + " grows past the limit of " + maxLength + " characters once its "
                        + "placeholders are filled (templateOutput); " + PackLimits.howToRaise("templateOutput"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value at a dotted path in nested maps ({@code letter.effectiveDate}), as text; null when absent. */
    public static String valueAt(Map<String, Object> model, String path) {
        Object current = model;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current == null || current instanceof Map || current instanceof List ? null
                : current.toString();
    }
}
