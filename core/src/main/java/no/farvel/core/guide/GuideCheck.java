package no.farvel.core.guide;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.Refund;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.core.guide.internal.GuideMessages;
import no.farvel.core.guide.internal.ModelRules;
import no.farvel.core.guide.internal.Sentences;
import no.farvel.core.guide.internal.ToneRules;
import no.farvel.core.guide.internal.ToneScanner;

/**
 * The guide check: is a termination letter complete, polite and factual? Immutable and thread-safe.
 *
 * <p>Tone is judged with the word lists of the letter's language plus the English ones, because staff sometimes
 * write English phrases into Norwegian letters. Call {@link #check} on the data and {@link #checkLetter} on the
 * rendered text; together they cover the whole guidance.
 */
public final class GuideCheck {
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final GuideCheck STANDARD = builder().build();

    private final Map<LetterLocale, ToneRules> rules;
    private final GuideMessages messages = new GuideMessages();
    private final ModelRules modelRules = new ModelRules(messages);
    private final ToneScanner scanner = new ToneScanner(messages);

    private GuideCheck(Map<LetterLocale, ToneRules> rules) {
        this.rules = new LinkedHashMap<>(rules);
    }

    /** The check with the built-in word lists for nb, nn and en. */
    public static GuideCheck standard() {
        return STANDARD;
    }

    /** A builder that starts from the built-in word lists, so a pack can extend them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Completeness of the data and tone of every user-written text field; empty when the letter may leave. */
    public List<Finding> check(Termination termination) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        List<Finding> findings = new ArrayList<>(modelRules.check(termination));
        List<ToneRules> ruleSets = ruleSets(termination.locale());
        Set<String> names = names(termination);
        for (Map.Entry<String, String> field : textFields(termination)) {
            findings.addAll(scanner.scan(field.getValue(), field.getKey(), ruleSets, names, termination.locale()));
        }
        return List.copyOf(findings);
    }

    /**
     * Tone of every sentence of the rendered plain-text letter, and whether the thanks and good wishes the closing asks
     * for are really in it. Completeness findings of {@link #check} are not repeated, but a phrase from a text field
     * is reported by both: at the field by {@code check}, at its sentence here.
     */
    public List<Finding> checkLetter(Termination termination, String renderedPlainText) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        Objects.requireNonNull(renderedPlainText, "The parameter 'renderedPlainText' must not be null");
        LetterLocale locale = termination.locale();
        List<Finding> findings = new ArrayList<>();
        String flat = renderedPlainText.replaceAll("\\s+", " ");
        LetterLocale language = locale == null ? LetterLocale.EN : locale;
        ToneRules own = rulesOf(language);
        // The letter's language says how it writes dates; the check keeps no formats of its own.
        if (termination.effectiveDate() != null
                && !language.analysis().mentionsDate(renderedPlainText, termination.effectiveDate())) {
            findings.add(letterFinding(locale, FindingCodes.EFFECTIVE_DATE_NOT_RENDERED, termination.effectiveDate()));
        }
        if (termination.closing().thanks() && !own.thanksIn(flat)) {
            findings.add(letterFinding(locale, FindingCodes.THANKS_NOT_RENDERED));
        }
        if (termination.closing().wishWell() && !own.wishesIn(flat)) {
            findings.add(letterFinding(locale, FindingCodes.GOOD_WISHES_NOT_RENDERED));
        }
        List<ToneRules> ruleSets = ruleSets(locale);
        Set<String> names = names(termination);
        for (String sentence : Sentences.split(renderedPlainText)) {
            findings.addAll(scanner.scan(sentence, "letter: \"" + sentence + "\"", ruleSets, names, locale));
        }
        return List.copyOf(findings);
    }

    private Finding letterFinding(LetterLocale locale, String code, Object... args) {
        return new Finding(FindingCodes.severityOf(code), code, "letter", messages.text(locale, code, args),
                messages.text(LetterLocale.EN, code, args), null);
    }

    /** The letter's own word lists, then the English ones (each once), or every list when the language is unknown. */
    private List<ToneRules> ruleSets(LetterLocale locale) {
        if (locale == null) {
            return List.copyOf(rules.values());
        }
        return Stream.of(locale, LetterLocale.EN).distinct().map(this::rulesOf).toList();
    }

    /** A language registered after this check was built has no word lists of its own yet. */
    private ToneRules rulesOf(LetterLocale locale) {
        return rules.getOrDefault(locale, ToneRules.EMPTY);
    }

    private static List<Map.Entry<String, String>> textFields(Termination t) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (t.contract() != null) {
            add(fields, "contract.title", t.contract().title());
        }
        for (int i = 0; i < t.reasons().size(); i++) {
            Reason reason = t.reasons().get(i);
            add(fields, "reasons[" + i + "].detail", reason == null ? null : reason.detail());
        }
        for (int i = 0; i < t.stepsTaken().size(); i++) {
            StepTaken step = t.stepsTaken().get(i);
            add(fields, "stepsTaken[" + i + "].description", step == null ? null : step.description());
        }
        for (int i = 0; i < t.refunds().size(); i++) {
            Refund refund = t.refunds().get(i);
            add(fields, "refunds[" + i + "].description", refund == null ? null : refund.description());
        }
        Transition transition = t.transition();
        if (transition != null) {
            add(fields, "transition.newProvider", transition.newProvider());
            for (int i = 0; i < transition.items().size(); i++) {
                add(fields, "transition.items[" + i + "]", transition.items().get(i));
            }
        }
        add(fields, "closing.personalNote", t.closing().personalNote());
        return fields;
    }

    private static void add(List<Map.Entry<String, String>> fields, String path, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Map.entry(path, value));
        }
    }

    /** Words of the parties' names and addresses, as written and in capitals: a letterhead in capitals is no shouting. */
    private static Set<String> names(Termination t) {
        List<String> texts = new ArrayList<>();
        Provider provider = t.provider();
        if (provider != null) {
            texts.add(provider.name());
            addAddress(texts, provider.address());
            if (provider.signatory() != null) {
                texts.add(provider.signatory().name());
                texts.add(provider.signatory().title());
            }
        }
        Client client = t.client();
        if (client != null) {
            texts.add(client.name());
            texts.add(client.attention());
            addAddress(texts, client.address());
        }
        if (t.transition() != null) {
            texts.add(t.transition().newProvider());
            if (t.transition().contact() != null) {
                texts.add(t.transition().contact().name());
            }
        }
        Set<String> names = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = NAME_WORD.matcher(text);
            while (m.find()) {
                names.add(m.group());
                names.add(m.group().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Postal addresses abroad end with the country in capitals, in the sender's or the letter's language. */
    private static void addAddress(List<String> texts, Address address) {
        if (address == null) {
            return;
        }
        texts.addAll(address.lines());
        texts.add(address.city());
        if (address.country() != null) {
            Locale country = new Locale("", address.country());
            for (LetterLocale language : LetterLocale.all()) {
                texts.add(country.getDisplayCountry(language.toLocale()));
            }
        }
    }

    /** Collects extra word lists. Not thread-safe; the built check is. */
    public static final class Builder {
        private final Map<LetterLocale, ToneRules> rules = new LinkedHashMap<>();

        private Builder() {
            for (LetterLocale locale : LetterLocale.all()) {
                rules.put(locale, ToneRules.builtIn(locale.code()));
            }
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
            ToneRules added = ToneRules.read(rulesFile, "tone rules for " + locale.code());
            rules.merge(locale, added, ToneRules::plus);
            return this;
        }

        public GuideCheck build() {
            return new GuideCheck(rules);
        }
    }
}
