package no.farvel.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.farvel.localization.LetterLocale;
import no.farvel.core.guide.GuideCheck;
import no.farvel.templates.internal.freemarker.LetterSources;
import no.farvel.templates.internal.freemarker.LetterTemplates;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.ClasspathPackResources;
import no.farvel.templates.internal.pack.DirectoryPackResources;
import no.farvel.templates.internal.pack.ManifestReader;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/**
 * A template pack: the letter template, its wording in each language, fonts, images and colours, described by
 * {@code farvel-pack.json}. Loaded once, then shared by any number of threads.
 *
 * <p>The letter may be a FreeMarker template ({@code letter.ftlh}) or a Word document ({@code letter.docx}, read with
 * the artifact {@code no.farvel:farvel-docx}), and a language may have its own: {@code letter_nb.docx} is used for
 * bokmål in place of the file the manifest names. A Word letter is compiled once, here, and needs no message bundle.
 */
public final class TemplatePack {
    private static final String LETTER = PackManifest.LETTER;

    private final PackResources resources;
    private final PackManifest manifest;
    private final LetterSources sources;
    private final LetterTemplates templates;
    private final Map<LetterLocale, String> letters = new EnumMap<>(LetterLocale.class);
    private final Map<LetterLocale, Messages> messages = new EnumMap<>(LetterLocale.class);
    private final GuideCheck guideCheck;

    private TemplatePack(PackResources resources) throws IOException {
        this.resources = resources;
        this.manifest = ManifestReader.read(resources);
        if (manifest.documents().get(LETTER) == null) {
            throw new RenderException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME
                    + " names no 'letter' under 'documents'");
        }
        if (manifest.fonts() == null) {
            throw new RenderException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME + " names no 'fonts'");
        }
        this.sources = LetterSources.of(resources, ModelFields::standard);
        this.templates = new LetterTemplates(resources, sources);
        for (String code : manifest.locales()) {
            LetterLocale locale = LetterLocale.fromCode(code);
            String letter = sources.documentFor(manifest.documents().get(LETTER), locale);
            letters.put(locale, letter);
            templates.check(letter);
            boolean ownWords = sources.isCompiled(letter) && !sources.has(Messages.fileName(locale));
            messages.put(locale, ownWords ? Messages.none(resources, locale) : Messages.load(resources, locale));
        }
        this.guideCheck = guideCheck(resources, manifest);
    }

    private static GuideCheck guideCheck(PackResources resources, PackManifest manifest) throws IOException {
        if (manifest.toneRules().isEmpty()) {
            return GuideCheck.standard();
        }
        GuideCheck.Builder check = GuideCheck.builder();
        for (Map.Entry<String, String> rules : new TreeMap<>(manifest.toneRules()).entrySet()) {
            String path = PackPaths.requireInside(resources.name(), rules.getValue());
            try {
                check.addToneRules(LetterLocale.fromCode(rules.getKey()), new ByteArrayInputStream(resources.read(path)));
            } catch (IllegalArgumentException e) {
                throw new RenderException("Pack '" + resources.name() + "': tone rules " + path + ": " + e.getMessage(),
                        e);
            }
        }
        return check.build();
    }

    /** The built-in pack: Farvel's own letter in bokmål, nynorsk and English, set in Liberation Sans. */
    public static TemplatePack defaultPack() {
        return DefaultHolder.PACK;
    }

    /** Loads a pack from a folder holding {@code farvel-pack.json}. */
    public static TemplatePack fromDirectory(Path directory) throws IOException {
        return new TemplatePack(new DirectoryPackResources(directory));
    }

    /**
     * Loads a pack from any source of pack files; throws {@link RenderException} at the first fault. Use
     * {@link no.farvel.templates.pack.PackVerifier} to see every fault at once.
     */
    public static TemplatePack of(PackResources resources) throws IOException {
        return new TemplatePack(resources);
    }

    public String name() {
        return manifest.name();
    }

    public String version() {
        return manifest.version();
    }

    /** The languages this pack writes letters in. */
    public List<LetterLocale> locales() {
        return List.copyOf(letters.keySet());
    }

    /**
     * The guide check for letters of this pack: the built-in rules plus the tone rules the pack's manifest names
     * under {@code toneRules}. Thread-safe.
     */
    public GuideCheck guideCheck() {
        return guideCheck;
    }

    /** The pack's files, for verification and for renderers of one's own. */
    public PackResources resources() {
        return resources;
    }

    PackManifest manifest() {
        return manifest;
    }

    LetterTemplates templates() {
        return templates;
    }

    /** The letter's template for a language, such as {@code letter.ftlh} or {@code letter_nb.docx}. */
    String letterTemplate(LetterLocale locale) {
        String letter = letters.get(locale);
        if (letter == null) {
            throw new RenderException("Pack '" + resources.name() + "' has no letter for locale '" + locale
                    + "'; it has " + manifest.locales());
        }
        return letter;
    }

    Messages messages(LetterLocale locale) {
        Messages m = messages.get(locale);
        if (m == null) {
            throw new RenderException("Pack '" + resources.name() + "' has no wording for locale '" + locale
                    + "'; it has " + manifest.locales());
        }
        return m;
    }

    RenderContext renderContext() {
        return new RenderContext(sources.withCompiledFiles(), manifest.fonts(), manifest.accentColor());
    }

    @Override
    public String toString() {
        return manifest.name() + " " + manifest.version();
    }

    private static final class DefaultHolder {
        static final TemplatePack PACK = load();

        private static TemplatePack load() {
            try {
                return new TemplatePack(ClasspathPackResources.builtIn());
            } catch (IOException e) {
                throw new UncheckedIOException("The built-in template pack could not be read", e);
            }
        }
    }
}
