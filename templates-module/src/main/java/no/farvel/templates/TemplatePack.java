package no.farvel.templates;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.farvel.localization.LetterLocale;
import no.farvel.core.guide.GuideCheck;
import no.farvel.templates.internal.freemarker.LetterSources;
import no.farvel.templates.internal.freemarker.LetterTemplates;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.ClasspathPackResources;
import no.farvel.templates.internal.pack.DirectoryPackResources;
import no.farvel.templates.internal.pack.ManifestReader;
import no.farvel.templates.internal.pack.PackFiles;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/**
 * A template pack: the letter template, its wording in each language, fonts, images and colours, described by
 * {@code farvel-pack.json}. Loaded once, then shared by any number of threads.
 *
 * <p>The letter may be a FreeMarker template ({@code letter.ftlh}) or a Word document ({@code letter.docx}, read with
 * the artifact {@code no.farvel:farvel-docx}), and a language may have its own: {@code letter_nb.docx} is used for
 * bokmål in place of the file the manifest names. A Word letter is compiled once, here, held to the same policy and
 * limits as a template, and needs no message bundle.
 */
public final class TemplatePack {
    private static final String LETTER = PackManifest.LETTER;

    private final PackResources resources;
    private final PackLimits limits;
    private final PackManifest manifest;
    private final LetterSources sources;
    private final LetterTemplates templates;
    private final Map<LetterLocale, String> letters = new LinkedHashMap<>();
    private final Map<LetterLocale, Messages> messages = new LinkedHashMap<>();
    private final Map<LetterLocale, Messages> caseMessages = new LinkedHashMap<>();
    private final GuideCheck guideCheck;

    private TemplatePack(PackResources resources, PackLimits limits) throws IOException {
        this.resources = resources;
        this.limits = limits;
        this.manifest = ManifestReader.read(resources, limits);
        if (manifest.documents().get(LETTER) == null) {
            throw new RenderException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME
                    + " names no 'letter' under 'documents'");
        }
        if (manifest.fonts() == null) {
            throw new RenderException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME + " names no 'fonts'");
        }
        this.sources = LetterSources.of(resources, limits, ModelFields::standard);
        this.templates = new LetterTemplates(resources, limits, sources);
        List<LetterLocale> named = manifest.locales().stream().map(LetterLocale::fromCode).toList();
        for (LetterLocale locale : named) {
            letters.put(locale, sources.documentFor(manifest.documents().get(LETTER), locale));
        }
        // The manifest's letter itself only where a language has none of its own.
        Set<String> documents = new TreeSet<>(manifest.documents().values());
        documents.remove(manifest.documents().get(LETTER));
        documents.addAll(letters.values());
        for (String document : documents) {
            templates.check(document);
        }
        Map<LetterLocale, Messages> bundles = new LinkedHashMap<>();
        for (LetterLocale locale : LetterLocale.all()) { // in the module's order: nb, nn, en, then the others
            if (named.contains(locale)) {
                boolean ownWords = sources.isCompiled(letters.get(locale)) && !sources.has(Messages.fileName(locale));
                bundles.put(locale, ownWords ? Messages.none(resources, locale, limits)
                        : Messages.load(resources, locale, limits));
            }
        }
        bundles.forEach((locale, bundle) -> messages.put(locale, bundle.withFallbacks(bundles)));
        if (!manifest.missingCaseDocuments().isEmpty()) {
            throw new RenderException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME + " names "
                    + PackManifest.CASE_DOCUMENTS.stream().filter(manifest.documents()::containsKey).toList()
                    + " under 'documents' but not " + manifest.missingCaseDocuments() + "; a pack offers all the case "
                    + "documents (" + String.join(", ", PackManifest.CASE_DOCUMENTS) + ") or none");
        }
        if (manifest.offersCaseDocuments()) {
            Map<LetterLocale, Messages> caseBundles = new LinkedHashMap<>();
            for (LetterLocale locale : messages.keySet()) {
                caseBundles.put(locale, Messages.load(resources, Messages.CASE, locale, limits));
            }
            caseBundles.forEach((locale, bundle) -> caseMessages.put(locale,
                    bundle.withFallbacks(caseBundles).over(messages.get(locale))));
        }
        this.guideCheck = guideCheck(resources, manifest, limits);
    }

    private static GuideCheck guideCheck(PackResources resources, PackManifest manifest, PackLimits limits)
            throws IOException {
        if (manifest.toneRules().isEmpty()) {
            return GuideCheck.standard();
        }
        GuideCheck.Builder check = GuideCheck.builder();
        for (Map.Entry<String, String> rules : new TreeMap<>(manifest.toneRules()).entrySet()) {
            String path = PackPaths.requireInside(resources.name(), rules.getValue());
            try {
                check.addToneRules(LetterLocale.fromCode(rules.getKey()),
                        new StringReader(PackFiles.text(resources, path, limits)));
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

    /** Loads a pack from a folder holding {@code farvel-pack.json}, within the default limits. */
    public static TemplatePack fromDirectory(Path directory) throws IOException {
        return new TemplatePack(new DirectoryPackResources(directory), PackLimits.defaults());
    }

    /**
     * Loads a pack from any source of pack files within the default limits; throws {@link RenderException} at the
     * first fault. Use {@link no.farvel.templates.pack.PackVerifier} to see every fault at once.
     */
    public static TemplatePack of(PackResources resources) throws IOException {
        return of(resources, PackLimits.defaults());
    }

    /** Loads a pack from any source of pack files within these limits; throws {@link RenderException} at the first fault. */
    public static TemplatePack of(PackResources resources, PackLimits limits) throws IOException {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
        return new TemplatePack(resources, limits);
    }

    /** The pack's name, from its manifest. */
    public String name() {
        return manifest.name();
    }

    /** The pack's version, from its manifest. */
    public String version() {
        return manifest.version();
    }

    /** The languages this pack writes letters in. */
    public List<LetterLocale> locales() {
        return List.copyOf(messages.keySet());
    }

    /**
     * The guide check for letters of this pack: the built-in rules plus the tone rules the pack's manifest names
     * under {@code toneRules}. Thread-safe.
     */
    public GuideCheck guideCheck() {
        return guideCheck;
    }

    /**
     * Whether the pack has its own case documents (decision memo, replies, debrief agenda) with their wording in
     * {@code case_<locale>.properties}; a pack without them has its case files written with the built-in pack's.
     */
    public boolean offersCaseDocuments() {
        return manifest.offersCaseDocuments();
    }

    /** The limits this pack's files, templates and images are held to. */
    public PackLimits limits() {
        return limits;
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

    /** The template of a document the manifest names, such as {@code memo}. */
    String template(String document) {
        String template = manifest.documents().get(document);
        if (template == null) {
            throw new RenderException("Pack '" + resources.name() + "' names no '" + document + "' under 'documents'");
        }
        return template;
    }

    /** The case documents' wording in a language, on top of the letter's; only for a pack that offers them. */
    Messages caseMessages(LetterLocale locale) {
        Messages m = caseMessages.get(locale);
        if (m == null) {
            throw new RenderException("Pack '" + resources.name() + "' has no case documents' wording for locale '"
                    + locale + "'; it has " + (offersCaseDocuments() ? manifest.locales() : "none"));
        }
        return m;
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
        return new RenderContext(sources.withCompiledFiles(), manifest.fonts(), manifest.accentColor(),
                limits.imagePixels());
    }

    @Override
    public String toString() {
        return manifest.name() + " " + manifest.version();
    }

    private static final class DefaultHolder {
        static final TemplatePack PACK = load();

        private static TemplatePack load() {
            try {
                return new TemplatePack(ClasspathPackResources.builtIn(), PackLimits.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException("The built-in template pack could not be read", e);
            }
        }
    }
}
