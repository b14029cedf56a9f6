package no.farvel.templates.internal.freemarker;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * Loads templates from one pack only, and refuses templates that could evaluate data as a template
 * ({@code ?interpret}, {@code ?eval}, {@code ?eval_json}). A letter written in another format, such as a Word
 * document, is loaded as what it compiles to, and checked the same way.
 */
final class PackTemplateLoader implements TemplateLoader {
    private static final Pattern EVALUATING_BUILTINS = Pattern.compile("\\?\\s*(interpret|eval|eval_json)\\b");

    private final PackResources resources;
    private final LetterSources sources;

    PackTemplateLoader(PackResources resources, LetterSources sources) {
        this.resources = resources;
        this.sources = sources;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        PackPaths.requireInside(resources.name(), name);
        if (sources.isCompiled(name)) {
            return new Source(name, sources.compiled(name).template());
        }
        try {
            return new Source(name, new String(resources.read(name), StandardCharsets.UTF_8));
        } catch (RenderException notFound) {
            return null;
        }
    }

    @Override
    public long getLastModified(Object templateSource) {
        return 0;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        Source source = (Source) templateSource;
        var evaluating = EVALUATING_BUILTINS.matcher(source.text);
        if (evaluating.find()) {
            int line = (int) source.text.substring(0, evaluating.start()).chars().filter(c -> c == '\n').count() + 1;
            String origin = sources.origin(source.name, line);
            String where = origin == null ? "template '" + source.name + "', line " + line : source.name + ", " + origin;
            throw new RenderException("Pack '" + resources.name() + "', " + where + ": ?" + evaluating.group(1)
                    + " is not allowed: data must never be evaluated as a template");
        }
        return new StringReader(source.text);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing to close: the source is read whole
    }

    private record Source(String name, String text) {
    }
}
