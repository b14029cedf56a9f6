package no.farvel.templates.pack;

import freemarker.core.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import no.farvel.core.guide.GuideCheck;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.internal.freemarker.LetterSources;
import no.farvel.templates.internal.freemarker.LetterTemplates;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.ManifestReader;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.internal.pack.SampleRendering;
import no.farvel.templates.spi.LetterSourceException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderContext.FontFamily;
import no.farvel.templates.spi.RenderException;

/**
 * Checks a pack as a whole and reports every fault at once: the manifest, each template's syntax, every locale
 * having every message key the others have, each font and image, and the samples written in every locale and format.
 *
 * <p>Samples are written only with what the earlier checks found sound: a locale with missing keys, or PDF and DOCX
 * when a font or image is missing, are not tried again, so one fault is reported once.
 */
public final class PackVerifier {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"([^\"$]+)\"");
    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"$]+)\"");

    private final PackResources resources;
    private final LetterSources sources;
    private final Set<PackProblem> problems = new LinkedHashSet<>();
    private final Map<LetterLocale, String> letters = new LinkedHashMap<>();
    private boolean templateImagesSound = true;

    private PackVerifier(PackResources resources) {
        this.resources = resources;
        this.sources = LetterSources.of(resources, ModelFields::standard);
    }

    /** Verifies the files of a pack, such as those {@link Packs#open} returns. */
    public static PackReport verify(PackResources resources) {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        return new PackVerifier(resources).run();
    }

    /** Verifies a loaded pack. */
    public static PackReport verify(TemplatePack pack) {
        Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
        return verify(pack.resources());
    }

    private PackReport run() {
        PackManifest manifest = manifest();
        if (manifest != null) {
            List<LetterLocale> locales = locales(manifest);
            boolean templatesSound = templates(manifest, locales);
            List<LetterLocale> wordingSound = messages(locales);
            boolean filesSound = fonts(manifest.fonts()) & images(manifest) & templateImagesSound;
            boolean toneRulesSound = toneRules(manifest);
            List<SampleRendering.Sample> samples = SampleRendering.read(resources, manifest.samples(), this::problem);
            if (templatesSound && toneRulesSound && manifest.fonts() != null && !wordingSound.isEmpty()) {
                render(samples, wordingSound, filesSound);
            }
        }
        return new PackReport(resources.name(), new ArrayList<>(problems));
    }

    private PackManifest manifest() {
        try {
            PackManifest manifest = ManifestReader.read(resources);
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
        } catch (IOException | RenderException e) {
            problem(PackManifest.FILE_NAME, message(e));
        }
        return null;
    }

    private boolean templates(PackManifest manifest, List<LetterLocale> locales) {
        LetterTemplates templates = new LetterTemplates(resources, sources);
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
            } catch (LetterSourceException e) {
                sound = false;
                e.problems().forEach(p -> problems.add(new PackProblem(path, null, p.toString())));
            } catch (RenderException e) {
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
            String text = new String(resources.read(template), StandardCharsets.UTF_8);
            String folder = template.contains("/") ? template.substring(0, template.lastIndexOf('/') + 1) : "";
            Matcher include = INCLUDE.matcher(text);
            while (include.find()) {
                String name = include.group(1);
                String path = name.startsWith("/") ? name.substring(1) : folder + name;
                try {
                    resources.read(PackPaths.requireInside(resources.name(), path));
                } catch (IOException | RenderException e) {
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
            String text = new String(resources.read(template), StandardCharsets.UTF_8);
            Matcher src = IMG_SRC.matcher(text);
            while (src.find()) {
                int line = lineOf(text, src.start());
                try {
                    resources.read(PackPaths.requireInside(resources.name(), src.group(1)));
                } catch (IOException | RenderException e) {
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

    /** Checks that every bundle has exactly the union of all keys; returns the locales whose wording is sound. */
    private List<LetterLocale> messages(List<LetterLocale> locales) {
        Map<LetterLocale, Set<String>> keys = new LinkedHashMap<>();
        List<LetterLocale> sound = new ArrayList<>();
        for (LetterLocale locale : locales) {
            String letter = letters.get(locale);
            if (letter != null && sources.isCompiled(letter) && !sources.has(Messages.fileName(locale))) {
                sound.add(locale); // a Word letter carries its own words; a bundle is optional
                continue;
            }
            try {
                keys.put(locale, Messages.load(resources, locale).keys());
            } catch (IOException | RuntimeException e) {
                problem(Messages.fileName(locale), message(e));
            }
        }
        Set<String> union = new TreeSet<>();
        keys.values().forEach(union::addAll);
        for (Map.Entry<LetterLocale, Set<String>> bundle : keys.entrySet()) {
            boolean complete = true;
            for (String key : union) {
                if (!bundle.getValue().contains(key)) {
                    complete = false;
                    String presentIn = keys.entrySet().stream().filter(other -> other.getValue().contains(key))
                            .map(other -> other.getKey().code()).collect(Collectors.joining(", "));
                    problem(Messages.fileName(bundle.getKey()), "missing key '" + key + "' (present in " + presentIn
                            + ")");
                }
            }
            if (complete) {
                sound.add(bundle.getKey());
            }
        }
        return sound;
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
                if (!isTrueType(font)) {
                    sound = false;
                    problem(face.getValue(), "is not a TrueType font (.ttf)");
                }
            } catch (IOException | RenderException e) {
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
                byte[] bytes = resources.read(PackPaths.requireInside(resources.name(), image.getValue()));
                if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                    sound = false;
                    problem(image.getValue(), "image '" + image.getKey() + "' is not a PNG or JPEG image");
                }
            } catch (IOException | RenderException e) {
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
                byte[] bytes = resources.read(PackPaths.requireInside(resources.name(), rules.getValue()));
                GuideCheck.builder().addToneRules(LetterLocale.fromCode(rules.getKey()),
                        new ByteArrayInputStream(bytes));
            } catch (IOException | RenderException | IllegalArgumentException e) {
                sound = false;
                problem(rules.getValue(), message(e));
            }
        }
        return sound;
    }

    private void render(List<SampleRendering.Sample> samples, List<LetterLocale> locales, boolean filesSound) {
        TemplatePack pack;
        try {
            pack = TemplatePack.of(resources);
        } catch (IOException | RenderException e) {
            problem(PackManifest.FILE_NAME, message(e));
            return;
        }
        Set<String> formats = filesSound ? Set.of("pdf", "docx", "html", "txt") : Set.of("html", "txt");
        SampleRendering.render(pack, samples, locales, new TreeSet<>(formats), this::problem);
    }

    private static boolean isTrueType(byte[] font) {
        if (font.length < 12) {
            return false;
        }
        int tag = (font[0] & 0xff) << 24 | (font[1] & 0xff) << 16 | (font[2] & 0xff) << 8 | font[3] & 0xff;
        return tag == 0x00010000 || tag == 0x74727565; // 0x74727565 is 'true', Apple's TrueType tag
    }

    private void problem(String file, String message) {
        String prefix = "Pack '" + resources.name() + "'";
        problems.add(new PackProblem(file, null, message.replace(prefix + ": ", "").replace(prefix + ", ", "")));
    }

    /** The exception's message without the pack name in front: the report names the pack once. */
    private String message(Exception e) {
        String message = String.valueOf(e.getMessage());
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
