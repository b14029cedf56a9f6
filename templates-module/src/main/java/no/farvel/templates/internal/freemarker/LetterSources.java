package no.farvel.templates.internal.freemarker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.internal.pack.PackFiles;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.CompiledLetter;
import no.farvel.templates.spi.LetterFields;
import no.farvel.templates.spi.LetterSource;
import no.farvel.templates.spi.LetterSourceCompiler;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * The letters of one pack that are written in another format than FreeMarker, such as Word documents: each is
 * compiled once, on first use, by the {@link LetterSourceCompiler} for its extension, and kept. The source is held to
 * the pack's limits as any pack file is, and what it compiles to is held to {@code textFileSize} as any template is.
 * Thread-safe.
 */
public final class LetterSources {
    /** Formats Farvel can read with an optional artifact, named in the error when it is missing. */
    private static final Map<String, String> PROVIDED_BY = Map.of("docx", "no.farvel:farvel-docx");

    private final PackResources resources;
    private final PackLimits limits;
    private final Map<String, LetterSourceCompiler> compilers;
    private final Supplier<LetterFields> fields;
    private final ConcurrentMap<String, CompiledLetter> compiled = new ConcurrentHashMap<>();

    LetterSources(PackResources resources, PackLimits limits, Map<String, LetterSourceCompiler> compilers,
                  Supplier<LetterFields> fields) {
        this.resources = resources;
        this.limits = limits;
        this.compilers = Map.copyOf(compilers);
        this.fields = fields;
    }

    /**
     * The sources of {@code resources} within {@code limits}, with every compiler on the class path and the letter
     * model's fields.
     */
    public static LetterSources of(PackResources resources, PackLimits limits, Supplier<LetterFields> fields) {
        Map<String, LetterSourceCompiler> compilers = new TreeMap<>();
        for (LetterSourceCompiler compiler : ServiceLoader.load(LetterSourceCompiler.class,
                LetterSources.class.getClassLoader())) {
            compilers.put(compiler.extension().toLowerCase(Locale.ROOT), compiler);
        }
        return new LetterSources(resources, limits, compilers, fields);
    }

    /** The extensions of the formats that are compiled, whether or not their compiler is installed. */
    public Set<String> extensions() {
        Set<String> extensions = new java.util.TreeSet<>(PROVIDED_BY.keySet());
        extensions.addAll(compilers.keySet());
        return extensions;
    }

    /** Whether {@code path} is a source to compile rather than a FreeMarker template. */
    public boolean isCompiled(String path) {
        return extensions().contains(extension(path));
    }

    /**
     * The compiled letter for {@code path}, compiling it on first use.
     *
     * @throws RenderException naming the artifact to add when no compiler reads the format, or a
     *                         {@link no.farvel.templates.spi.LetterSourceException} listing the source's faults
     */
    public CompiledLetter compiled(String path) {
        CompiledLetter done = compiled.get(path);
        if (done != null) {
            return done;
        }
        LetterSourceCompiler compiler = compilers.get(extension(path));
        if (compiler == null) {
            throw new RenderException("Pack '" + resources.name() + "': " + path + " is a ." + extension(path)
                    + " letter, which needs the artifact " + PROVIDED_BY.getOrDefault(extension(path),
                    "that reads ." + extension(path) + " files") + " on the class path");
        }
        byte[] bytes;
        try {
            bytes = PackFiles.binary(resources, path, limits);
        } catch (IOException e) {
            throw new RenderException("Pack '" + resources.name() + "': " + path + " cannot be read: " + e.getMessage(),
                    e);
        }
        // Compiling twice at once is harmless (the result is the same); keep whichever came first.
        CompiledLetter letter = compiler.compile(new LetterSource(resources.name(), path, bytes, fields.get(),
                limits));
        if (letter.template().length() > limits.textFileSize()) {
            throw new LimitExceededException("textFileSize", "Pack '" + resources.name() + "': " + path
                    + " compiles to a template of " + letter.template().length() + " characters, more than the limit"
                    + " of " + limits.textFileSize() + " for a template (textFileSize); "
                    + PackLimits.howToRaise("textFileSize"));
        }
        CompiledLetter earlier = compiled.putIfAbsent(path, letter);
        return earlier == null ? letter : earlier;
    }

    /**
     * The template of a document for one language: {@code letter_nb.docx} or {@code letter_nb.ftlh} beside the
     * manifest's {@code letter.ftlh} when the pack has one, otherwise the manifest's file itself.
     *
     * @throws RenderException when the pack has two templates for the language
     */
    public String documentFor(String path, LetterLocale locale) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String base = dot > slash ? path.substring(0, dot) : path;
        Set<String> extensions = new LinkedHashSet<>();
        if (dot > slash) {
            extensions.add(path.substring(dot + 1));
        }
        extensions.add("ftlh");
        extensions.addAll(extensions());
        List<String> own = new ArrayList<>();
        for (String extension : extensions) {
            String candidate = base + "_" + locale.code() + "." + extension;
            if (has(candidate)) {
                own.add(candidate);
            }
        }
        if (own.size() > 1) {
            throw new RenderException("Pack '" + resources.name() + "' has " + String.join(" and ", own)
                    + " for " + locale.code() + "; keep one");
        }
        return own.isEmpty() ? path : own.get(0);
    }

    /**
     * Whether the pack has a file at {@code path}.
     *
     * @throws LimitExceededException when there is one but it is refused (too large, a link, a FIFO): not silently
     *                                left out
     */
    public boolean has(String path) {
        try {
            resources.read(PackPaths.requireInside(resources.name(), path));
            return true;
        } catch (LimitExceededException refused) {
            throw refused;
        } catch (IOException | RenderException e) {
            return false;
        }
    }

    /** Where line {@code line} of a compiled template comes from in its source, or null for other templates. */
    public String origin(String path, int line) {
        CompiledLetter letter = compiled.get(path);
        return letter == null ? null : letter.origin(line);
    }

    /** The pack's files together with the files compiled letters carry inside them, such as embedded images. */
    public PackResources withCompiledFiles() {
        return new PackResources() {
            @Override
            public String name() {
                return resources.name();
            }

            @Override
            public byte[] read(String path) throws IOException {
                for (CompiledLetter letter : compiled.values()) {
                    byte[] file = letter.files().get(path);
                    if (file != null) {
                        return file.clone();
                    }
                }
                return resources.read(path);
            }
        };
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
