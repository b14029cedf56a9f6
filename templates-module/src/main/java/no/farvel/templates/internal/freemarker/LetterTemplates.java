package no.farvel.templates.internal.freemarker;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.OrMatcher;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateSourceMatcher;
import freemarker.core.Environment;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * The FreeMarker set-up of one pack, locked down and bounded: HTML auto-escaping, no {@code ?new} of any class, no
 * {@code ?api}, templates only from the pack and only when {@link TemplatePolicy} allows what they hold, errors thrown
 * (never printed into the letter), and every run watched for time, output, nesting and memory on a thread of its
 * own. Thread-safe; templates are parsed once and kept.
 *
 * <p>Letters written in another format (see {@link LetterSources}) run here too, as what they compile to: the same
 * configuration, policy and limits, except that their tags and interpolations are read in square brackets
 * ({@code [#if …]}, {@code [=…]}), and their faults are reported where the author wrote them.
 */
public final class LetterTemplates {
    private static final long CHECK_WAIT_NANOS = 30_000_000_000L;

    private final String pack;
    private final PackLimits limits;
    private final LetterSources sources;
    private final PackConfiguration configuration;
    private final Set<Template> allowed = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile String stuck;

    public LetterTemplates(PackResources resources, PackLimits limits, LetterSources sources) {
        this.pack = resources.name();
        this.limits = limits;
        this.sources = sources;
        PackConfiguration cfg = new PackConfiguration();
        cfg.setTemplateLoader(new PackTemplateLoader(resources, limits, sources));
        // Parsed once and kept: a template checked at load is the one that runs, whatever happens to the files.
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setArithmeticEngine(new BoundedArithmetic());
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

    /**
     * Compiled letters only: the syntax in which authors write [#if …] and [=…] in Word, escaping as in .ftlh. It
     * changes how the text is read, not what the parsed tree may hold: {@link TemplatePolicy} checks that tree alike.
     */
    private static TemplateConfiguration compiledSyntax() {
        TemplateConfiguration compiled = new TemplateConfiguration();
        compiled.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        compiled.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        compiled.setOutputFormat(HTMLOutputFormat.INSTANCE);
        compiled.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        return compiled;
    }

    /**
     * Parses the template and every template it includes or imports by a literal name, and checks what they hold,
     * so a fault shows when the pack is loaded rather than at the first letter.
     *
     * @throws TemplateRefusedException with everything refused in all of them
     */
    public void check(String templatePath) {
        // Parsing takes time in proportion to the text, which is bounded; the wait only guards against a hang.
        long wait = Math.max(limits.templateTime().toNanos(), CHECK_WAIT_NANOS);
        TemplateThreads.run(() -> {
            checkWithIncludes(templatePath);
            return null;
        }, wait, failures(templatePath));
    }

    /** Runs a template with the letter model and the pack's messages; returns the letter markup. */
    public String process(String templatePath, Map<String, Object> model, Messages messages) {
        String refusal = stuck;
        if (refusal != null) {
            throw new LimitExceededException("templateTime", refusal);
        }
        long budget = limits.templateTime().toNanos();
        long deadline = System.nanoTime() + budget;
        // The guard stops the run at the deadline; the extra second lets its own, more precise, error arrive first.
        return TemplateThreads.run(() -> run(templatePath, model, messages, deadline), budget + 1_000_000_000L,
                failures(templatePath));
    }

    private String run(String templatePath, Map<String, Object> model, Messages messages, long deadline) {
        Template template = template(templatePath);
        Map<String, Object> root = new HashMap<>(model);
        root.put("msg", new MessageMethod(messages, model));
        ProcessingGuard guard = new ProcessingGuard(pack, limits, deadline, this::place);
        BoundedWriter out = new BoundedWriter(limits.templateOutput(), guard);
        try {
            Environment environment = template.createProcessingEnvironment(root, out);
            environment.setTemplateProcessingTracer(guard);
            environment.process();
        } catch (TemplateException e) {
            throwFailure(guard);
            if (e.getCause() instanceof RenderException renderException) {
                throw renderException;
            }
            throw new RenderException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + problem(e), e);
        } catch (RenderException e) {
            throwFailure(guard);
            throw e;
        } catch (IOException | RuntimeException e) {
            throwFailure(guard);
            throw new RenderException("Pack '" + pack + "', template '" + templatePath + "': " + e.getMessage(), e);
        }
        throwFailure(guard);
        return out.toString();
    }

    /** A limit the guard hit wins over whatever FreeMarker made of it (such as an {@code <#attempt>} that hid it). */
    private static void throwFailure(ProcessingGuard guard) {
        if (guard.failure() != null) {
            throw guard.failure();
        }
    }

    private void checkWithIncludes(String first) {
        List<TemplateRefusal> refusals = new ArrayList<>();
        Deque<String> work = new ArrayDeque<>(List.of(first));
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            String path = work.pop();
            if (!seen.add(path)) {
                continue;
            }
            Template template;
            try {
                template = parse(path, configuration::unchecked);
            } catch (RenderException missing) {
                if (path.equals(first) || missing instanceof LimitExceededException
                        || missing.getCause() instanceof ParseException) {
                    throw missing;
                }
                continue; // a missing include is reported by verification, and fails the letter that reaches it
            }
            TemplatePolicy.Result result = TemplatePolicy.check(template, limits.templateNesting());
            refusals.addAll(located(result.refusals()));
            if (result.refusals().isEmpty()) {
                allowed.add(template);
            }
            result.includes().forEach(work::push);
        }
        if (!refusals.isEmpty()) {
            throw new TemplateRefusedException(pack, refusals);
        }
    }

    private Template template(String templatePath) {
        return parse(templatePath, configuration::getTemplate);
    }

    private Template parse(String templatePath, TemplateSource source) {
        try {
            return source.get(templatePath);
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

    private TemplateThreads.Failures failures(String templatePath) {
        return new TemplateThreads.Failures() {
            @Override
            public RenderException timedOut(boolean stopped) {
                String message = "Pack '" + pack + "', template '" + templatePath + "': the template ran longer than "
                        + "the limit of " + ProcessingGuard.seconds(limits.templateTime().toMillis()) + " (templateTime); "
                        + PackLimits.howToRaise("templateTime");
                if (!stopped) {
                    message += ". It could not be stopped, so this pack writes no more letters in this process";
                    stuck = message;
                }
                return new LimitExceededException("templateTime", message);
            }

            @Override
            public RenderException error(Error error) {
                if (error instanceof StackOverflowError) {
                    return new LimitExceededException("templateNesting", "Pack '" + pack + "', template '"
                            + templatePath + "': the template nests too deeply for the stack, in its text or while it "
                            + "runs (templateNesting)", error);
                }
                return new LimitExceededException("templateMemory", "Pack '" + pack + "', template '" + templatePath
                        + "': the template ran out of memory (templateMemory); the Java heap filled up before it had "
                        + "allocated the limit of " + PackLimits.bytes(limits.templateMemory()), error);
            }
        };
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

    /** The refusals of a compiled letter at the place in its source each line comes from. */
    private List<TemplateRefusal> located(List<TemplateRefusal> refusals) {
        return refusals.stream().map(r -> r.at(sources.origin(r.template(), r.line()))).toList();
    }

    private String where(String template, Integer line, Integer column) {
        return "Pack '" + pack + "', " + place(template, line, column) + ": ";
    }

    /** {@code template 't.ftlh', line 3, column 5}, or for a compiled letter where its author wrote that line. */
    private String place(String template, Integer line, Integer column) {
        String origin = template == null || line == null ? null : sources.origin(template, line);
        if (origin != null) {
            return template + ", " + origin;
        }
        return "template '" + template + "', line " + line + ", column " + column;
    }

    @FunctionalInterface
    private interface TemplateSource {
        Template get(String name) throws IOException;
    }

    /** Every template FreeMarker loads, the included and imported ones too, passes the policy before it runs. */
    private final class PackConfiguration extends Configuration {
        PackConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null && !allowed.contains(template)) {
                List<TemplateRefusal> refusals = located(TemplatePolicy.check(template, limits.templateNesting())
                        .refusals());
                if (!refusals.isEmpty()) {
                    throw new TemplateRefusedException(pack, refusals);
                }
                allowed.add(template);
            }
            return template;
        }

        /** The template as parsed, before the policy has seen it. */
        Template unchecked(String name) throws IOException {
            return super.getTemplate(name, getLocale(), null, null, true, false);
        }
    }
}
