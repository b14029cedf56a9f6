package no.farvel.templates.pack;

import freemarker.core.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import no.farvel.localization.LetterLocale;
import no.farvel.localization.MessageBundles;
import no.farvel.core.guide.GuideCheck;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.internal.freemarker.LetterSources;
import no.farvel.templates.internal.freemarker.LetterTemplates;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.freemarker.TemplateRefusal;
import no.farvel.templates.internal.freemarker.TemplateRefusedException;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.ManifestReader;
import no.farvel.templates.internal.pack.PackFiles;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.internal.pack.SampleRendering;
import no.farvel.templates.internal.pdf.TrueTypeFile;
import no.farvel.templates.spi.LetterSourceException;
import no.farvel.templates.spi.PackImage;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext.FontFamily;
import no.farvel.templates.spi.RenderException;

/**
 * Checks a pack as a whole and reports every fault at once: the manifest, each template's syntax, every locale
 * having every message key the others have, each font and image, and the samples written in every locale and format.
 *
 * <p>Samples are written only with what the earlier checks found sound: a locale with missing keys, or PDF and DOCX
 * when a font or image is missing, are not tried again, so one fault is reported once. Every check keeps to the
 * pack's {@link PackLimits}, so verifying a hostile pack ends in bounded time and memory with a report, never a crash.
 */
public final class PackVerifier {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"([^\"$]+)\"");
    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"$]+)\"");

    private final PackResources resources;
    private final PackLimits limits;
    private final LetterSources sources;
    private final Set<PackProblem> problems = new LinkedHashSet<>();
    private final Map<LetterLocale, String> letters = new LinkedHashMap<>();
    private boolean templateImagesSound = true;

    private PackVerifier(PackResources resources, PackLimits limits) {
        this.resources = resources;
        this.limits = limits;
        this.sources = LetterSources.of(resources, limits, ModelFields::standard);
    }

    /**
     * Opens the pack {@code spec} names ({@link Packs#open}) and verifies it within the options' limits. A pack that
     * cannot even be opened, such as an archive with an entry named {@code ../x}, is reported as a problem too.
     *
     * @throws PackNotFoundException when there is no pack by that name: nothing to verify, and the command line
     *                               treats it as any input that is not there
     */
    public static PackReport verify(String spec, PackOptions options) {
        Objects.requireNonNull(spec, "The parameter 'spec' must not be null");
        Objects.requireNonNull(options, "The parameter 'options' must not be null");
        PackResources resources;
        try {
            resources = Packs.open(spec, options);
        } catch (PackNotFoundException e) {
            throw e;
        } catch (IOException | RenderException e) {
            String file = spec.substring(Math.max(spec.lastIndexOf('/'), spec.lastIndexOf('\\')) + 1);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new PackReport(spec, List.of(new PackProblem(file, null,
                    message.replaceFirst("^Pack '[^']*': ", ""))));
        }
        return verify(resources, options.limits());
    }

    /** Verifies the files of a pack, such as those {@link Packs#open} returns, within the default limits. */
    public static PackReport verify(PackResources resources) {
        return verify(resources, PackLimits.defaults());
    }

    /** Verifies the files of a pack within these limits. */
    public static PackReport verify(PackResources resources, PackLimits limits) {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
        PackVerifier verifier = new PackVerifier(resources, limits);
        try {
            verifier.run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A fault no check foresaw still ends in a report: the pack is not sound.
            verifier.problem(PackManifest.FILE_NAME, "verification stopped: " + verifier.message(e));
        }
        return new PackReport(resources.name(), new ArrayList<>(verifier.problems));
    }

    /** Verifies a loaded pack, within the limits it was loaded with. */
    public static PackReport verify(TemplatePack pack) {
        Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
        return verify(pack.resources(), pack.limits());
    }

    private void run() {
        PackManifest manifest = manifest();
        if (manifest != null) {
            List<LetterLocale> locales = locales(manifest);
            boolean templatesSound = templates(manifest, locales);
            List<LetterLocale> wordingSound = messages(locales);
            boolean filesSound = fonts(manifest.fonts()) & images(manifest) & templateImagesSound;
            boolean toneRulesSound = toneRules(manifest);
            List<SampleRendering.Sample> samples = SampleRendering.read(resources, manifest.samples(), limits,
                    this::problem);
            if (templatesSound && toneRulesSound && manifest.fonts() != null && !wordingSound.isEmpty()) {
                render(samples, wordingSound, filesSound);
            }
        }
    }

    private PackManifest manifest() {
        try {
            PackManifest manifest = ManifestReader.read(resources, limits);
            String file = PackManifest.FILE_NAME;
            if (blank(manifest.name())) {
                problem(file, "names no 'name'");
            }
            if (blank(manifest.version())) {
                problem(file, "names no 'version'");
            }
            if (manifest.documents().get(PackManifest.LETTER) == null) {
                problem(file, "names no 'letter' under 'documents'");
            }
            if (manifest.fonts() == null) {
                problem(file, "names no 'fonts'");
            }
            if (manifest.accentColor() != null && !COLOR.matcher(manifest.accentColor()).matches()) {
                problem(file, "accentColor '" + manifest.accentColor() + "' is not a colour such as #1f3a5f");
            }
            return manifest;
        } catch (ManifestReader.ManifestException e) {
            problems.add(new PackProblem(PackManifest.FILE_NAME, e.line(), "is not valid: " + e.detail()));
        } catch (IOException | RuntimeException e) {
            problem(PackManifest.FILE_NAME, message(e));
        }
        return null;
    }

    /** Checks each language's letter (its own, or the manifest's) and the manifest's other documents. */
    private boolean templates(PackManifest manifest, List<LetterLocale> locales) {
        LetterTemplates templates = new LetterTemplates(resources, limits, sources);
        boolean sound = true;
        Set<String> paths = new TreeSet<>(manifest.documents().values());
        String letter = manifest.documents().get(PackManifest.LETTER);
        if (letter != null) {
            paths.remove(letter);
            for (LetterLocale locale : locales) {
                try {
                    letters.put(locale, sources.documentFor(letter, locale));
                } catch (RenderException e) {
                    sound = false;
                    problem(letter, message(e));
                }
            }
            paths.addAll(letters.values());
        }
        for (String path : paths) {
            try {
                templates.check(path);
                if (!sources.isCompiled(path)) {
                    sound &= includesIn(path);
                    imagesIn(path);
                }
            } catch (TemplateRefusedException e) {
                sound = false;
                for (TemplateRefusal refusal : e.refusals()) {
                    problems.add(refusal.origin() == null
                            ? new PackProblem(refusal.template(), refusal.line(), refusal.toString())
                            : new PackProblem(refusal.template(), null, refusal.origin() + ": " + refusal.reason()));
                }
            } catch (LetterSourceException e) {
                sound = false;
                e.problems().forEach(p -> problems.add(new PackProblem(path, null, p.toString())));
            } catch (RuntimeException e) {
                sound = false;
                if (sources.isCompiled(path)) {
                    problems.add(new PackProblem(path, null, message(e).replaceFirst("^" + Pattern.quote(path)
                            + ", ", "")));
                } else {
                    Integer line = e.getCause() instanceof ParseException parse ? parse.getLineNumber() : null;
                    problems.add(new PackProblem(path, line, message(e)));
                }
            }
        }
        return sound;
    }

    /** Templates a template includes by a literal name must be in the pack; FreeMarker resolves them this way. */
    private boolean includesIn(String template) {
        boolean sound = true;
        try {
            String text = PackFiles.text(resources, template, limits);
            String folder = template.contains("/") ? template.substring(0, template.lastIndexOf('/') + 1) : "";
            Matcher include = INCLUDE.matcher(text);
            while (include.find()) {
                String name = include.group(1);
                String path = name.startsWith("/") ? name.substring(1) : folder + name;
                try {
                    resources.read(PackPaths.requireInside(resources.name(), path));
                } catch (IOException | RuntimeException e) {
                    sound = false;
                    problems.add(new PackProblem(template, lineOf(text, include.start()), "include: " + message(e)));
                }
            }
        } catch (IOException e) {
            problem(template, message(e));
            return false;
        }
        return sound;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Images a template names literally must be in the pack too; computed sources are checked by the samples. */
    private void imagesIn(String template) {
        try {
            String text = PackFiles.text(resources, template, limits);
            Matcher src = IMG_SRC.matcher(text);
            while (src.find()) {
                int line = lineOf(text, src.start());
                try {
                    PackImage.read(resources, PackPaths.requireInside(resources.name(), src.group(1)),
                            limits.imagePixels());
                } catch (IOException | RuntimeException e) {
                    templateImagesSound = false;
                    problems.add(new PackProblem(template, line, "image: " + message(e)));
                }
            }
        } catch (IOException e) {
            problem(template, message(e));
        }
    }

    private List<LetterLocale> locales(PackManifest manifest) {
        List<LetterLocale> locales = new ArrayList<>();
        if (manifest.locales().isEmpty()) {
            problem(PackManifest.FILE_NAME, "names no 'locales'; use some of " + LetterLocale.codes());
        }
        for (String code : manifest.locales()) {
            try {
                locales.add(LetterLocale.fromCode(code));
            } catch (IllegalArgumentException e) {
                problem(PackManifest.FILE_NAME, e.getMessage());
            }
        }
        return locales;
    }

    /**
     * Checks that every bundle has every key another bundle has, unless its language supplies the key itself (the
     * localization module's defaults); returns the locales whose wording is sound. A Word letter carries its own
     * words, so a bundle is optional beside it.
     */
    private List<LetterLocale> messages(List<LetterLocale> locales) {
        Map<LetterLocale, Set<String>> keys = new LinkedHashMap<>();
        List<LetterLocale> sound = new ArrayList<>();
        for (LetterLocale locale : locales) {
            try {
                String letter = letters.get(locale);
                if (letter != null && sources.isCompiled(letter) && !sources.has(Messages.fileName(locale))) {
                    sound.add(locale);
                    continue;
                }
                keys.put(locale, Messages.load(resources, locale, limits).keys());
            } catch (IOException | RuntimeException e) {
                problem(Messages.fileName(locale), message(e));
            }
        }
        MessageBundles.missingKeys(keys).forEach((locale, missing) -> {
            missing.forEach((key, presentIn) -> problem(Messages.fileName(locale), "missing key '" + key
                    + "' (present in " + presentIn.stream().map(LetterLocale::code).collect(Collectors.joining(", "))
                    + ")"));
            if (missing.isEmpty()) {
                sound.add(locale);
            }
        });
        return locales.stream().filter(sound::contains).toList();
    }

    private boolean fonts(FontFamily fonts) {
        if (fonts == null) {
            return false;
        }
        boolean sound = true;
        Map<String, String> faces = new LinkedHashMap<>();
        faces.put("regular", fonts.regular());
        faces.put("bold", fonts.bold());
        faces.put("italic", fonts.italic());
        faces.put("boldItalic", fonts.boldItalic());
        for (Map.Entry<String, String> face : faces.entrySet()) {
            if (face.getValue() == null) {
                sound = false;
                problem(PackManifest.FILE_NAME, "fonts name no '" + face.getKey() + "' face");
                continue;
            }
            try {
                byte[] font = resources.read(PackPaths.requireInside(resources.name(), face.getValue()));
                String unsound = TrueTypeFile.problem(font);
                if (unsound != null) {
                    sound = false;
                    problem(face.getValue(), unsound);
                }
            } catch (IOException | RuntimeException e) {
                sound = false;
                problem(face.getValue(), "font " + message(e));
            }
        }
        return sound;
    }

    private boolean images(PackManifest manifest) {
        boolean sound = true;
        for (Map.Entry<String, String> image : new java.util.TreeMap<>(manifest.images()).entrySet()) {
            try {
                PackImage checked = PackImage.read(resources,
                        PackPaths.requireInside(resources.name(), image.getValue()), limits.imagePixels());
                if (ImageIO.read(new ByteArrayInputStream(checked.bytes())) == null) {
                    sound = false;
                    problem(image.getValue(), "image '" + image.getKey() + "' is not a PNG or JPEG image");
                }
            } catch (IOException | RuntimeException e) {
                sound = false;
                problem(image.getValue(), "image '" + image.getKey() + "': " + message(e));
            }
        }
        return sound;
    }

    private boolean toneRules(PackManifest manifest) {
        boolean sound = true;
        for (Map.Entry<String, String> rules : new java.util.TreeMap<>(manifest.toneRules()).entrySet()) {
            try {
                String text = PackFiles.text(resources, PackPaths.requireInside(resources.name(), rules.getValue()),
                        limits);
                GuideCheck.builder().addToneRules(LetterLocale.fromCode(rules.getKey()), new StringReader(text));
            } catch (IOException | RuntimeException e) {
                sound = false;
                problem(rules.getValue(), message(e));
            }
        }
        return sound;
    }

    private void render(List<SampleRendering.Sample> samples, List<LetterLocale> locales, boolean filesSound) {
        TemplatePack pack;
        try {
            pack = TemplatePack.of(resources, limits);
        } catch (IOException | RuntimeException e) {
            // Usually a fault an earlier check reported at its own file already: report it once.
            String message = message(e);
            if (problems.stream().noneMatch(problem -> problem.message().equals(message))) {
                problem(PackManifest.FILE_NAME, message);
            }
            return;
        }
        Set<String> formats = filesSound ? Set.of("pdf", "docx", "html", "txt") : Set.of("html", "txt");
        SampleRendering.render(pack, samples, locales, new TreeSet<>(formats), this::problem);
    }

    private void problem(String file, String message) {
        String prefix = "Pack '" + resources.name() + "'";
        problems.add(new PackProblem(file, null, message.replace(prefix + ": ", "").replace(prefix + ", ", "")));
    }

    /** The exception's message without the pack name in front: the report names the pack once. */
    private String message(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String prefix = "Pack '" + resources.name() + "'";
        if (message.startsWith(prefix + ": ") || message.startsWith(prefix + ", ")) {
            return message.substring(prefix.length() + 2);
        }
        return message;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
