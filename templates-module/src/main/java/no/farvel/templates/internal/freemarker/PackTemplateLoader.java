package no.farvel.templates.internal.freemarker;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import no.farvel.templates.internal.pack.PackFiles;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * Loads templates from one pack only, each at most {@code textFileSize} long. What they may hold is checked on the
 * parsed template ({@link TemplatePolicy}), not here on the text. A letter written in another format, such as a
 * Word document, is loaded as what it compiles to ({@link LetterSources}), held to the same length.
 */
final class PackTemplateLoader implements TemplateLoader {
    private final PackResources resources;
    private final PackLimits limits;
    private final LetterSources sources;

    PackTemplateLoader(PackResources resources, PackLimits limits, LetterSources sources) {
        this.resources = resources;
        this.limits = limits;
        this.sources = sources;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        PackPaths.requireInside(resources.name(), name);
        if (sources.isCompiled(name)) {
            return new Source(name, sources.compiled(name).template());
        }
        try {
            return new Source(name, PackFiles.text(resources, name, limits));
        } catch (LimitExceededException refused) {
            // Too large, a symbolic link, a FIFO: say so, rather than "not found".
            throw refused;
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
        return new StringReader(((Source) templateSource).text);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing to close: the source is read whole
    }

    private record Source(String name, String text) {
    }
}
