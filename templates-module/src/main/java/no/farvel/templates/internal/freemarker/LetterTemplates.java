package no.farvel.templates.internal.freemarker;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.OrMatcher;
import freemarker.cache.TemplateSourceMatcher;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * The FreeMarker set-up of one pack, locked down: HTML auto-escaping, no {@code ?new} of any class, no {@code ?api},
 * templates only from the pack, errors thrown (never printed into the letter). Thread-safe; templates are parsed
 * once and cached.
 *
 * <p>Letters written in another format (see {@link LetterSources}) run here too, as what they compile to: the same
 * configuration, read with square-bracket tags and interpolations ({@code [#if …]}, {@code [=…]}), and their errors
 * are reported where the author wrote the line.
 */
public final class LetterTemplates {
    private final String pack;
    private final LetterSources sources;
    private final Configuration configuration;

    public LetterTemplates(PackResources resources, LetterSources sources) {
        this.pack = resources.name();
        this.sources = sources;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new PackTemplateLoader(resources, sources));
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setUseAdaptersForContainers(true);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(compiledNames(sources),
                compiledSyntax()));
        this.configuration = cfg;
    }

    private static TemplateSourceMatcher compiledNames(LetterSources sources) {
        return new OrMatcher(sources.extensions().stream().map(FileExtensionMatcher::new)
                .toArray(TemplateSourceMatcher[]::new));
    }

    /** Compiled letters: what authors wrote as [#if …] and [=…] in Word, and HTML escaping as in .ftlh. */
    private static TemplateConfiguration compiledSyntax() {
        TemplateConfiguration compiled = new TemplateConfiguration();
        compiled.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        compiled.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        compiled.setOutputFormat(HTMLOutputFormat.INSTANCE);
        compiled.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        return compiled;
    }

    /** Parses the template now, so a syntax error shows when the pack is loaded rather than at the first letter. */
    public void check(String templatePath) {
        template(templatePath);
    }

    /** Runs a template with the letter model and the pack's messages; returns the letter markup. */
    public String process(String templatePath, Map<String, Object> model, Messages messages) {
        Template template = template(templatePath);
        Map<String, Object> root = new HashMap<>(model);
        root.put("msg", new MessageMethod(messages, model));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(root, out);
        } catch (TemplateException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderException renderException) {
                throw renderException;
            }
            throw new RenderException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + problem(e), e);
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("Pack '" + pack + "', template '" + templatePath + "': " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Template template(String templatePath) {
        try {
            return configuration.getTemplate(templatePath);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("Pack '" + pack + "': template '" + templatePath + "' not found");
        } catch (ParseException e) {
            throw new RenderException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + syntax(e), e);
        } catch (IOException e) {
            if (e.getCause() instanceof RenderException renderException) {
                throw renderException;
            }
            throw new RenderException("Pack '" + pack + "', template '" + templatePath + "': " + e.getMessage(), e);
        }
    }

    /** The first line of FreeMarker's message, and for a missing value the expression, which the first line lacks. */
    private String problem(TemplateException e) {
        String first = e.getMessageWithoutStackTop().lines().findFirst().orElse("");
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return first + " " + e.getBlamedExpressionString();
        }
        // Such as an include that failed: say why, not only that it failed.
        if (first.endsWith(":") && e.getCause() != null && e.getCause().getMessage() != null) {
            String why = e.getCause().getMessage().lines().findFirst().orElse("");
            return first + " " + why.replace("Pack '" + pack + "': ", "");
        }
        return first;
    }

    /** FreeMarker's first line about a syntax error, without the list of what it expected instead. */
    private static String syntax(ParseException e) {
        String first = e.getEditorMessage().lines().findFirst().orElse("syntax error");
        int expecting = first.indexOf(", but was expecting");
        return expecting < 0 ? first : first.substring(0, expecting) + "; check the brackets, quotes and operators";
    }

    private String where(String template, Integer line, Integer column) {
        String origin = template == null || line == null ? null : sources.origin(template, line);
        if (origin != null) {
            return "Pack '" + pack + "', " + template + ", " + origin + ": ";
        }
        return "Pack '" + pack + "', template '" + template + "', line " + line + ", column " + column + ": ";
    }
}
