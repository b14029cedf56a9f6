package no.farvel.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.LetterText;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.core.validation.Violation;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.markup.MarkupParser;
import no.farvel.templates.internal.markup.NoBreakText;
import no.farvel.templates.internal.markup.RoleTexts;
import no.farvel.templates.internal.model.LetterModel;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.warmup.WarmUpLetter;
import no.farvel.templates.spi.CalendarWriter;
import no.farvel.templates.spi.LetterFields;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;
import no.farvel.templates.spi.RenderException;

/**
 * Renders termination letters, and the case files beside them. Thread-safe and free of global state: build one and
 * share it.
 *
 * <pre>{@code
 * Farvel farvel = Farvel.builder().build();
 * RenderedLetter letter = farvel.render(termination);
 * Files.write(Path.of("letter.pdf"), letter.pdf());
 * }</pre>
 */
public final class Farvel {
    private final TemplatePack pack;
    private final Map<String, LetterRenderer> renderers;
    private final CalendarWriter calendarWriter;
    private final boolean allowFindings;

    private Farvel(Builder builder) {
        this.pack = builder.pack;
        this.renderers = Collections.unmodifiableMap(new TreeMap<>(builder.renderers));
        this.calendarWriter = builder.calendarWriter;
        this.allowFindings = builder.allowFindings;
    }

    /** A builder with the default pack and every renderer on the class path. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pack letters are written with. */
    public TemplatePack pack() {
        return pack;
    }

    /** The formats this instance can write: {@code docx}, {@code html}, {@code pdf}, {@code txt}, and any added. */
    public Set<String> formats() {
        return renderers.keySet();
    }

    /**
     * Writes a short letter with this pack's fonts in each of these formats, to nowhere: it loads and sets up what
     * the first real letter would otherwise wait for (the PDF writer and its colour profile, Apache POI's schemas),
     * so that a caller with an idle core can do it on a thread of its own while the first record is read and laid
     * out. Formats it cannot write are passed over. Never fails: a format that cannot get ready here reports its
     * failure when the first letter is written.
     */
    public void warmUp(Collection<String> formats) {
        Objects.requireNonNull(formats, "The parameter 'formats' must not be null");
        RenderContext context;
        try {
            context = pack.renderContext();
        } catch (RuntimeException e) {
            return;
        }
        LetterDocument letter = WarmUpLetter.document();
        for (String format : formats) {
            LetterRenderer renderer = renderers.get(format);
            if (renderer == null) {
                continue;
            }
            try {
                renderer.render(letter, context, OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException | LinkageError e) {
                // The first letter does the same work and reports the failure there.
            }
        }
    }

    /**
     * Validates the termination, lays out its letter and runs the pack's guide check on the data and the letter; the
     * formats are written when first asked for. Warnings of the check travel with the letter
     * ({@link RenderedLetter#findings()}).
     *
     * @throws InvalidTerminationException with every violation when the termination is not valid
     * @throws GuideCheckException with every finding when the check finds an error, unless
     *         {@link Builder#allowFindings()} was set
     * @throws RenderException naming pack, template, line or key when the pack cannot write this letter
     */
    public RenderedLetter render(Termination termination) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        List<Violation> violations = TerminationValidator.validate(termination);
        if (!violations.isEmpty()) {
            throw new InvalidTerminationException(termination.id(), violations);
        }
        LetterDocument document = layOut(termination);
        RenderedLetter unchecked = new RenderedLetter(termination.id(), termination.locale(), document,
                pack.renderContext(), renderers, List.of());
        List<Finding> findings = new ArrayList<>(pack.guideCheck().check(termination,
                new LetterText(unchecked.text(), RoleTexts.of(document))));
        RenderContext context = pack.renderContext();
        findings.addAll(pack.guideCheck().checkCharacters(termination,
                cp -> renderers.values().stream().allMatch(renderer -> renderer.draws(cp, context))));
        if (!allowFindings && findings.stream().anyMatch(Finding::isError)) {
            throw new GuideCheckException(termination.id(), findings);
        }
        return unchecked.withFindings(findings);
    }

    /**
     * Validates the termination and writes its case file: the internal decision memo, the follow-up calendar, the
     * replies to push-back and the debrief agenda, in the letter's language, with the pack's case documents (or the
     * built-in ones when the pack has none, see {@link TemplatePack#offersCaseDocuments()}). Each reply is checked by
     * the pack's guide check like a letter and must pass it without any finding.
     *
     * @throws InvalidTerminationException with every violation when the termination is not valid
     * @throws GuideCheckException with every finding when the check finds anything in a reply, unless
     *         {@link Builder#allowFindings()} was set
     * @throws RenderException naming pack, template, line or key when the pack cannot write this case file
     */
    public CaseFile caseFile(Termination termination) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        List<Violation> violations = TerminationValidator.validate(termination);
        if (!violations.isEmpty()) {
            throw new InvalidTerminationException(termination.id(), violations);
        }
        return new CaseFileWriter(pack, renderers, calendarWriter, allowFindings).write(termination);
    }

    /**
     * The fields a letter template can use ({@code client.name}, {@code reasons}, …), each with an example: what a
     * Word letter's tags are checked against, and what an author's guide lists.
     */
    public static LetterFields letterFields() {
        return ModelFields.standard();
    }

    /**
     * The letter as a document tree, without validating; for renderers of one's own and for tests. Its text holds
     * no-break spaces (U+00A0) and non-breaking hyphens (U+2011) inside the sequences the letter's language keeps
     * on one line ({@link no.farvel.localization.NoBreak}).
     */
    public LetterDocument layOut(Termination termination) {
        Messages messages = pack.messages(termination.locale());
        Map<String, Object> model = LetterModel.of(termination, messages::label, pack.manifest().images());
        String template = pack.letterTemplate(termination.locale());
        String markup = pack.templates().process(template, model, messages);
        // The letter's date, not the clock, dates the files: the same termination gives the same bytes.
        LetterDocument letter = MarkupParser.parse(markup, template, pack.limits().markupDepth());
        // Dates, amounts and account numbers never break across lines, in any format.
        return NoBreakText.protect(letter, termination.locale().noBreak()).withDate(termination.letterDate());
    }

    /** Configures a {@link Farvel}. */
    public static final class Builder {
        private TemplatePack pack;
        private final Map<String, LetterRenderer> renderers = new TreeMap<>();
        private CalendarWriter calendarWriter;
        private boolean allowFindings;

        private Builder() {
            for (LetterRenderer renderer : ServiceLoader.load(LetterRenderer.class, Farvel.class.getClassLoader())) {
                renderers.put(renderer.format(), renderer);
            }
            calendarWriter = ServiceLoader.load(CalendarWriter.class, Farvel.class.getClassLoader()).findFirst()
                    .orElse(null);
        }

        /** Writes letters with this pack instead of the built-in one. */
        public Builder pack(TemplatePack pack) {
            this.pack = Objects.requireNonNull(pack, "The parameter 'pack' must not be null");
            return this;
        }

        /** Adds a renderer, or replaces the one for the same format; for embedders without a service file. */
        public Builder renderer(LetterRenderer renderer) {
            Objects.requireNonNull(renderer, "The parameter 'renderer' must not be null");
            renderers.put(renderer.format(), renderer);
            return this;
        }

        /** Writes case files' calendars with this writer; for embedders without a service file. */
        public Builder calendarWriter(CalendarWriter writer) {
            this.calendarWriter = Objects.requireNonNull(writer, "The parameter 'writer' must not be null");
            return this;
        }

        /**
         * Returns letters even when the guide check finds errors; the findings are then on
         * {@link RenderedLetter#findings()} for the caller to show or act on.
         */
        public Builder allowFindings() {
            this.allowFindings = true;
            return this;
        }

        /** The configured instance, with the built-in pack when none was given. */
        public Farvel build() {
            if (pack == null) {
                pack = TemplatePack.defaultPack();
            }
            return new Farvel(this);
        }
    }
}
