package no.farvel.core.guide;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.farvel.localization.LetterLocale;
import no.farvel.localization.TextNormaliser;
import no.farvel.core.Termination;
import no.farvel.core.text.Printable;
import no.farvel.core.guide.internal.GuideMessages;
import no.farvel.core.guide.internal.LetterFields;
import no.farvel.core.guide.internal.ModelRules;
import no.farvel.core.guide.internal.MoneyRules;
import no.farvel.core.guide.internal.Sentences;
import no.farvel.core.guide.internal.ToneModel;
import no.farvel.core.guide.internal.ToneRules;
import no.farvel.core.guide.internal.ToneScanner;
import no.farvel.core.guide.internal.WrittenLanguage;

/**
 * The guide check: is a termination letter complete, polite and factual? Immutable and thread-safe.
 *
 * <p>Tone is judged with the rules of the letter's language plus the English ones, because staff sometimes write
 * English phrases into Norwegian letters. {@link #check(Termination, LetterText)} judges the data and the rendered
 * letter together and reports each problem once; {@link #check(Termination)} judges the data alone. Then each
 * sentence of the text fields people write (reasons, steps, refunds, hand-over items, the personal note) that no rule
 * found anything in is judged by the language's tone model ({@code tone_model_LANG.txt}, learnt from the same
 * corpora): a hostile one is reported whole, as {@code HOSTILE}, or as {@code ACCUSATION} when the model reads it as an
 * accusation. The rendered letter's own sentences are judged by the rules only.
 */
public final class GuideCheck {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final GuideCheck STANDARD = builder().build();

    /** The rules of the languages a pack extended; the others use the built-in rules, read when first needed. */
    private final Map<LetterLocale, ToneRules> extended;
    private final GuideMessages messages = new GuideMessages();
    private final MoneyRules moneyRules = new MoneyRules(messages);
    private final ModelRules modelRules = new ModelRules(messages, moneyRules);
    private final ToneScanner scanner = new ToneScanner(messages);

    private final boolean toneModel;

    private GuideCheck(Map<LetterLocale, ToneRules> extended, boolean toneModel) {
        this.extended = new LinkedHashMap<>(extended);
        this.toneModel = toneModel;
    }

    /** The check with the built-in rules for nb, nn and en. */
    public static GuideCheck standard() {
        return STANDARD;
    }

    /** A builder that starts from the built-in rules, so a pack can extend them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Completeness of the data, and tone and language of every text field; empty when the letter may leave. */
    public List<Finding> check(Termination termination) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Map<String, Foreign> foreign = foreignFields(termination);
        return check(termination, fieldTone(termination, foreign), foreign);
    }

    private List<Finding> check(Termination termination, List<Finding> fieldTone, Map<String, Foreign> foreign) {
        List<Finding> findings = new ArrayList<>(modelRules.check(termination));
        findings.addAll(fieldTone);
        findings.addAll(fieldLanguage(termination, foreign));
        return List.copyOf(findings);
    }

    /**
     * The data and the rendered letter together: {@link #check(Termination)} followed by
     * {@link #checkLetter(Termination, LetterText)}, so a sentence that comes from a field is reported once, at the
     * field.
     */
    public List<Finding> check(Termination termination, LetterText letter) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(letter, "The parameter 'letter' must not be null");
        // The fields' tone is judged once: reported here, and what the letter's sentences repeat of it left out.
        Map<String, Foreign> foreign = foreignFields(termination);
        List<Finding> fieldTone = fieldTone(termination, foreign);
        List<Finding> findings = new ArrayList<>(check(termination, fieldTone, foreign));
        findings.addAll(checkLetter(termination, letter, fieldTone));
        return List.copyOf(findings);
    }

    /**
     * What only the rendered letter shows: whether it states the effective date, asks for no disputed amount, thanks
     * the client and wishes them well, and the tone of every sentence. A hit that a text field of the termination already gives (same code, same
     * words) is left to {@link #check(Termination)}, which reports it at the field.
     *
     * <p>Thanks and good wishes are found by the roles the template marks ({@code data-role="thanks"} and
     * {@code data-role="wishes"}); missing when asked for, that is an error. A letter whose template marks no closing
     * role is judged by the usual words of thanks and good wishes instead, and then missing is only a warning.
     */
    public List<Finding> checkLetter(Termination termination, LetterText letter) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(letter, "The parameter 'letter' must not be null");
        return checkLetter(termination, letter, fieldTone(termination, foreignFields(termination)));
    }

    /** {@link #checkLetter(Termination, LetterText)}, given what {@link #fieldTone} found in the fields. */
    private List<Finding> checkLetter(Termination termination, LetterText letter, List<Finding> fieldTone) {
        LetterLocale locale = termination.locale();
        List<Finding> findings = new ArrayList<>();
        String flat = WHITESPACE.matcher(letter.text()).replaceAll(" ");
        // The letter's language says how it writes dates; the check keeps no formats of its own.
        LetterLocale language = locale == null ? LetterLocale.EN : locale;
        if (termination.effectiveDate() != null
                && !language.analysis().mentionsDate(letter.text(), termination.effectiveDate())) {
            findings.add(letterFinding(locale, FindingCodes.EFFECTIVE_DATE_NOT_RENDERED, termination.effectiveDate()));
        }
        findings.addAll(moneyRules.disputedRequested(termination, letter));
        closing(termination, letter, flat, findings);
        Set<String> fromFields = new HashSet<>();
        for (Finding finding : fieldTone) {
            fromFields.add(key(finding.code(), finding.message()));
        }
        List<ToneRules> ruleSets = ruleSets(locale);
        Set<String> names = LetterFields.names(termination);
        for (String sentence : Sentences.split(letter.text())) {
            for (Finding finding : scanner.scan(sentence, "letter: \"" + sentence + "\"", ruleSets, names, locale)) {
                if (!fromFields.contains(key(finding.code(), finding.message()))) {
                    findings.add(finding);
                }
            }
        }
        return List.copyOf(findings);
    }

    /**
     * A warning for each field the letter prints that holds characters the letter's formats cannot draw, as
     * {@code drawable} judges them (a renderer with the pack's fonts): named, with their code points, so that they
     * are not lost in the PDF without a word.
     */
    public List<Finding> checkCharacters(Termination termination, IntPredicate drawable) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(drawable, "The parameter 'drawable' must not be null");
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> field : LetterFields.printed(termination)) {
            String missing = field.getValue().codePoints().distinct().filter(drawable.negate())
                    .mapToObj(GuideCheck::describe).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                String code = FindingCodes.MISSING_GLYPH;
                findings.add(new Finding(FindingCodes.severityOf(code), code, field.getKey(),
                        messages.text(termination.locale(), code, field.getValue(), missing),
                        messages.text(LetterLocale.EN, code, field.getValue(), missing), null));
            }
        }
        return List.copyOf(findings);
    }

    /** {@code U+1F600 GRINNING FACE}. */
    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        String code = Printable.codePoint(codePoint);
        return name == null ? code : code + " " + name;
    }

    /** {@link #checkLetter(Termination, LetterText)} for a letter whose template marks no roles. */
    public List<Finding> checkLetter(Termination termination, String renderedPlainText) {
        Objects.requireNonNull(renderedPlainText, "The parameter 'renderedPlainText' must not be null");
        return checkLetter(termination, LetterText.of(renderedPlainText));
    }

    private void closing(Termination termination, LetterText letter, String flat, List<Finding> findings) {
        LetterLocale locale = termination.locale();
        ToneRules own = rulesOf(locale == null ? LetterLocale.EN : locale);
        if (letter.marksClosing()) {
            if (termination.closing().thanks() && !letter.hasText(LetterText.THANKS)) {
                findings.add(letterFinding(locale, FindingCodes.THANKS_NOT_RENDERED));
            }
            if (termination.closing().wishWell() && !letter.hasText(LetterText.WISHES)) {
                findings.add(letterFinding(locale, FindingCodes.GOOD_WISHES_NOT_RENDERED));
            }
            return;
        }
        if (termination.closing().thanks() && !own.thanksIn(flat)) {
            findings.add(letterFinding(locale, FindingCodes.THANKS_UNCONFIRMED));
        }
        if (termination.closing().wishWell() && !own.wishesIn(flat)) {
            findings.add(letterFinding(locale, FindingCodes.GOOD_WISHES_UNCONFIRMED));
        }
    }

    /** A field's hit and the letter's hit on the same words carry the same message; the code keeps rules apart. */
    private static String key(String code, String message) {
        return code + "\u0000" + WHITESPACE.matcher(TextNormaliser.normalise(message, Locale.ROOT)).replaceAll(" ");
    }

    /** The fields written in the other language than the letter's, by JSON path, in the input contract's order. */
    private static Map<String, Foreign> foreignFields(Termination termination) {
        Map<String, Foreign> foreign = new LinkedHashMap<>();
        if (termination.locale() != null) {
            WrittenLanguage.Language expected = WrittenLanguage.of(termination.locale());
            for (Map.Entry<String, String> field : LetterFields.worded(termination)) {
                WrittenLanguage.Language found = WrittenLanguage.builtIn().foreignTo(expected, field.getValue());
                if (found != null) {
                    foreign.put(field.getKey(), new Foreign(field.getValue(), found));
                }
            }
        }
        return foreign;
    }

    /** A field's text and the language it is written in. */
    private record Foreign(String text, WrittenLanguage.Language found) {
    }

    private List<Finding> fieldTone(Termination termination, Map<String, Foreign> foreign) {
        List<Finding> findings = new ArrayList<>();
        List<ToneRules> ruleSets = ruleSets(termination.locale());
        Set<String> names = LetterFields.names(termination);
        ToneModel model = !toneModel || termination.locale() == null ? null
                : ToneModel.builtIn(termination.locale()).orElse(null);
        for (Map.Entry<String, String> field : LetterFields.written(termination)) {
            // Titles and names are not sentences: the model judges what people write about the matter. A field
            // written in the other language (reported as WRONG_LANGUAGE) is left to the rules: the letter's model
            // has learnt its own language only, and read English in a bokmål letter as it would read bokmål.
            boolean sentences = !field.getKey().startsWith("contract.title")
                    && !field.getKey().equals("transition.newProvider")
                    && !foreign.containsKey(field.getKey());
            findings.addAll(scanner.scan(field.getValue(), field.getKey(), ruleSets, names, termination.locale(),
                    sentences ? model : null));
        }
        return findings;
    }

    private List<Finding> fieldLanguage(Termination termination, Map<String, Foreign> foreign) {
        List<Finding> findings = new ArrayList<>();
        WrittenLanguage.Language expected = foreign.isEmpty() ? null : WrittenLanguage.of(termination.locale());
        foreign.forEach((path, field) -> findings.add(new Finding(FindingCodes.severityOf(FindingCodes.WRONG_LANGUAGE),
                FindingCodes.WRONG_LANGUAGE, path,
                languageMessage(termination.locale(), field.text(), field.found(), expected),
                languageMessage(LetterLocale.EN, field.text(), field.found(), expected), null)));
        return findings;
    }

    private String languageMessage(LetterLocale in, String text, WrittenLanguage.Language found,
                                   WrittenLanguage.Language expected) {
        return messages.text(in, FindingCodes.WRONG_LANGUAGE, text, languageName(in, found),
                languageName(in, expected));
    }

    private String languageName(LetterLocale in, WrittenLanguage.Language language) {
        return messages.text(in, language == WrittenLanguage.Language.ENGLISH ? "LANGUAGE_en" : "LANGUAGE_no");
    }

    private Finding letterFinding(LetterLocale locale, String code, Object... args) {
        return new Finding(FindingCodes.severityOf(code), code, "letter", messages.text(locale, code, args),
                messages.text(LetterLocale.EN, code, args), null);
    }

    /** The letter's own word lists, then the English ones (each once), or every list when the language is unknown. */
    private List<ToneRules> ruleSets(LetterLocale locale) {
        if (locale == null) {
            return Stream.concat(LetterLocale.all().stream(), extended.keySet().stream()).distinct()
                    .map(this::rulesOf).toList();
        }
        return Stream.of(locale, LetterLocale.EN).distinct().map(this::rulesOf).toList();
    }

    /** A pack's extended rules, else the built-in ones (empty for a language registered without a rules file). */
    private ToneRules rulesOf(LetterLocale locale) {
        ToneRules own = extended.get(locale);
        return own != null ? own : ToneRules.builtIn(locale);
    }

    /** Collects extra rules. Not thread-safe; the built check is. */
    public static final class Builder {
        private final Map<LetterLocale, ToneRules> extended = new LinkedHashMap<>();
        private boolean toneModel = true;

        private Builder() {
        }

        /**
         * Whether the tone model judges the sentences of the text fields that no rule found anything in (default:
         * yes). The model was learnt from the corpora the rules were written against and catches fresh wording of
         * the same kinds of hostility; its threshold leaves about two held-out neutral sentences in a hundred above
         * it. Without it, only the rules judge tone.
         */
        public Builder toneModel(boolean judge) {
            this.toneModel = judge;
            return this;
        }

        /**
         * Adds the rules of a rules file (UTF-8; format as in the built-in {@code tone_en.txt}) for one language.
         * Throws {@link IllegalArgumentException} naming the line when a line is malformed.
         */
        public Builder addToneRules(LetterLocale locale, InputStream rulesFile) {
            Objects.requireNonNull(rulesFile, "The parameter 'rulesFile' must not be null");
            return addToneRules(locale, new InputStreamReader(rulesFile, StandardCharsets.UTF_8));
        }

        /** Adds the rules read from a reader for one language; the reader is read to the end but not closed. */
        public Builder addToneRules(LetterLocale locale, Reader rulesFile) {
            Objects.requireNonNull(locale, "The parameter 'locale' must not be null");
            Objects.requireNonNull(rulesFile, "The parameter 'rulesFile' must not be null");
            ToneRules added = ToneRules.read(rulesFile, "tone rules for " + locale.code(), locale);
            ToneRules merged = extended.getOrDefault(locale, ToneRules.builtIn(locale)).plus(added);
            merged.requireKnownSets();
            extended.put(locale, merged);
            return this;
        }

        public GuideCheck build() {
            return new GuideCheck(extended, toneModel);
        }
    }
}
