package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.farvel.localization.LetterLocale;
import no.farvel.localization.TextNormaliser;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.FindingCodes;
import no.farvel.core.guide.Severity;

/** Judges the tone of one piece of text against the tone rules and the shouting rule. Stateless and thread-safe. */
public final class ToneScanner {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern EXCLAMATIONS = Pattern.compile("!{2,}|[!?]{3,}");
    /** The fewest letters each piece of a formula has ("salary*months"); a masked word has a shorter piece. */
    private static final int FORMULA_PIECE = 5;
    /** A word with asterisks for some of its letters ("n*ut", "f**king", "kj*tthuer"): letters and stars alternate. */
    private static final Pattern MASKED = Pattern.compile("\\p{L}+(?:\\*+\\p{L}+)+");
    private static final int SHOUTING_MIN_LETTERS = 4;
    private static final String VOWELS = "aeiouyæøåäöüéèêáàóòúí";
    /** What a sentence that clears the recipient ({@link ToneRules#absolves()}) does not raise. */
    private static final Set<String> CLEARED = Set.of(FindingCodes.BLAME, FindingCodes.ACCUSATION);
    /** What the rules do not raise over the words of a denial of the recipient's fault ({@link ToneRules#clears()}). */
    private static final Set<String> DENIED = Set.of(FindingCodes.BLAME, FindingCodes.ACCUSATION,
            FindingCodes.CHARACTERISATION);
    /**
     * How many words either side of a rule's hit the tone model reads as well before it overrules the rule: thanks
     * joined to blame by "og" or "and" are one clause ("Vi ønsker dere en fin sommer og minner om at vannskaden i
     * kjelleren kom av at dere stengte av ventilasjonen"), and the warm words pull that clause down as they pull the
     * sentence; the hit and its neighbours alone are blame.
     */
    private static final int OVERRULE_WINDOW = 4;
    /** What a built-in rule raises that the tone model may overrule ({@link ToneModel#overrules}). */
    private static final Set<String> OVERRULED = Set.of(FindingCodes.BLAME, FindingCodes.ACCUSATION,
            FindingCodes.CHARACTERISATION, FindingCodes.CONTEMPT, FindingCodes.SARCASM, FindingCodes.HOSTILE);
    /** The rules' set of warm words, which keep many a blame rule quiet ("takk", "glede", "pleasure"). */
    private static final String POSITIVE = "positive";
    /** The rules' set of words that join a warm opening to the rest of a sentence ("og", "men", "and", "but"). */
    private static final String JOINER = "joiner";
    /** The fewest words the rest of a sentence after a warm opening must have to be read again by the rules. */
    private static final int WARM_REST = 5;
    /** The rules' set of words that turn a statement into irony ("of course", "som vanlig", "visst"). */
    private static final String SCOFF = "scoff";
    private static final String SCOFF_COMPANION = Vocabulary.companionOf(SCOFF);
    /**
     * The rules' set of the words of {@code scoff} that scoff wherever they stand in a sentence with a denial or an
     * absolution ("apparently", "visst"); the others ("selvsagt", "naturligvis", "of course") scoff only after it.
     * Before the denial they are sincere ("det var selvsagt ikke gjestene deres sin skyld", "og det var sjølvsagt heilt
     * utanfor dykkar kontroll", "It was of course no fault of yours"); tagged on after it they mock it ("Aldri dykkar
     * skuld, sjølvsagt.").
     */
    private static final String SCOFF_IN_DENIAL = "scoffdenial";

    private final GuideMessages messages;

    public ToneScanner(GuideMessages messages) {
        this.messages = messages;
    }

    /**
     * Findings for one text. Overlapping hits are reported once: word and phrase rules before clause rules, and among
     * those the rule listed first.
     *
     * @param names words in capitals that are names in this letter (company names, cities) and so are not shouting
     */
    public List<Finding> scan(String text, String location, List<ToneRules> ruleSets, Set<String> names,
                              LetterLocale locale) {
        return scan(text, location, ruleSets, names, locale, null);
    }

    /**
     * As {@link #scan(String, String, List, Set, LetterLocale)}, and then every sentence of three words or more that
     * no rule found anything in is judged by {@code model} (when not null): a hostile one is reported whole. The model
     * also overrules a built-in rule of the letter's language that is not firm ({@link ToneRule#overrulable}) and found
     * blame, an accusation, a characterisation, contempt, sarcasm or hostility in a sentence it is all but certain is
     * polite ({@link ToneModel#overrules}). A sentence with no finding that opens with warm words is read again by the
     * rules from each joining word on (see {@code afterWarmWords}).
     */
    public List<Finding> scan(String text, String location, List<ToneRules> ruleSets, Set<String> names,
                              LetterLocale locale, ToneModel model) {
        return scan(text, location, ruleSets, names, locale, model, true, true);
    }

    private List<Finding> scan(String text, String location, List<ToneRules> ruleSets, Set<String> names,
                               LetterLocale locale, ToneModel model, boolean warmSplit, boolean judge) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        TokenizedText tokens = null;
        List<int[]> taken = new ArrayList<>();
        List<int[]> errors = new ArrayList<>();
        Set<Integer> absolved = null;
        List<int[]> denials = null;
        for (ToneRules rules : ruleSets) {
            if (rules.rules().isEmpty() || rules.knownClean(text)) {
                continue;
            }
            tokens = tokens == null ? TokenizedText.of(text, locale) : tokens;
            boolean clean = true;
            boolean foreign = !ofLetterLanguage(rules, locale);
            for (ToneRule rule : rules.candidates(tokens)) {
                for (int[] span : rule.match().find(tokens, rules.language(), rules.sets())) {
                    clean = false;
                    if (overlaps(taken, span[0], span[1])) {
                        continue;
                    }
                    if (foreign && spansOwnWords(tokens, span, WrittenLanguage.of(locale))) {
                        // Another language's rules (English beside a Norwegian letter's own) do not read a phrase
                        // that runs over words of the letter's language: in "eit mistak frå vår side å love" the
                        // English "mistake" and "love" are false friends. "you failed" or a whole English sentence in
                        // a Norwegian letter still counts, and so do their single words (insults) anywhere.
                        continue;
                    }
                    if (CLEARED.contains(rule.code())) {
                        absolved = absolved == null ? absolved(tokens, ruleSets) : absolved;
                        if (absolved.contains(tokens.sentenceAt(span[0]))) {
                            continue;
                        }
                    }
                    if (DENIED.contains(rule.code())) {
                        denials = denials == null ? denials(tokens, ruleSets) : denials;
                        if (overlaps(denials, span[0], span[1])) {
                            continue;
                        }
                    }
                    if (model != null && !foreign && rule.overrulable() && OVERRULED.contains(rule.code())
                            && overruled(tokens, span, model)) {
                        // The model reads the letter's language; another language's rules it cannot overrule.
                        continue;
                    }
                    taken.add(span);
                    if (FindingCodes.severityOf(rule.code()) == Severity.ERROR) {
                        errors.add(span);
                    }
                    findings.add(finding(rule.code(), location, tokens.quote(span[0], span[1]), rule.suggestion(),
                            locale));
                }
            }
            if (clean) {
                rules.rememberClean(text);
            }
        }
        if (text.indexOf('*') >= 0) {
            tokens = tokens == null ? TokenizedText.of(text, locale) : tokens;
            masked(tokens, location, locale, taken, errors, findings);
        }
        Set<Integer> modelFound = new HashSet<>();
        if (model != null && judge) {
            tokens = tokens == null ? TokenizedText.of(text, locale) : tokens;
            absolved = absolved == null ? absolved(tokens, ruleSets) : absolved;
            for (int[] sentence : ToneFeatures.sentences(tokens)) {
                int from = tokens.token(sentence[0]).from();
                int to = tokens.token(sentence[1] - 1).to();
                if (overlaps(errors, from, to) || absolved.contains(tokens.token(sentence[0]).sentence())) {
                    continue;
                }
                Optional<String> code = model.judge(tokens, sentence[0], sentence[1]);
                if (code.isEmpty()) {
                    continue;
                }
                modelFound.add(tokens.token(sentence[0]).sentence());
                if (!overlaps(taken, from, to)) {
                    findings.add(finding(code.get(), location, tokens.quote(from, to), null, locale));
                } else if (!code.get().equals(FindingCodes.ACCUSATION)) {
                    // A rule warned (an accusation) and the model finds the sentence hostile: two readings agree that
                    // it is more than an accusation, as blame written as one often is, so it holds the letter back.
                    findings.add(finding(FindingCodes.HOSTILE, location, tokens.quote(from, to), null, locale));
                }
            }
        }
        if (warmSplit) {
            tokens = tokens == null ? TokenizedText.of(text, locale) : tokens;
            absolved = absolved == null ? absolved(tokens, ruleSets) : absolved;
            findings.addAll(afterWarmWords(tokens, location, ruleSets, names, locale, model, taken, modelFound,
                    absolved));
        }
        findings.addAll(shouting(TextNormaliser.visible(text), location, ruleSets, names, locale, model));
        return findings;
    }

    /**
     * What the rules find in the rest of a sentence that opens with warm words and goes on after "og", "men", "and",
     * "but" (the set {@code joiner}): "Vi takker for tilliten og vil bare minne om at tapet av varene skyldtes at de
     * ansatte deres lot kjøledisken stå åpen". Read whole, the thanks keep many a rule quiet (a rule for blame leaves
     * out a sentence with a word of the set {@code positive}, so that praise is not read as blame) and pull the model's
     * score down; read from the joining word on, the rest is blame. Only a sentence nothing was found in, nor cleared
     * whole, is read again, and only after a word of the set {@code positive} in the language's own rules, and not in a
     * sentence whose thanks go on after a joining word ("Hjarteleg takk for kaffien og praten …, og for at de alltid
     * tok dykk tid …", "and for all the couples you sent our way"): the rest is thanks too. What the rules find in the
     * rest is reported, as the model overrules them; not the model's own judgement of the rest: a fragment ("og resten
     * av prosjektgruppa for eit inspirerande samarbeid", "og krevende år etter at moren deres gikk bort", where "og"
     * joins two words, not two clauses) is no sentence the model learnt from, and it read several of the warm sentences
     * of the corpora as hostile so. Shouting is left out (the whole text's is reported already).
     */
    private List<Finding> afterWarmWords(TokenizedText tokens, String location, List<ToneRules> ruleSets,
                                         Set<String> names, LetterLocale locale, ToneModel model, List<int[]> taken,
                                         Set<Integer> modelFound, Set<Integer> absolved) {
        List<Finding> found = new ArrayList<>();
        ToneRules own = ruleSets.stream().filter(r -> ofLetterLanguage(r, locale)).findFirst().orElse(null);
        if (own == null || !own.sets().containsKey(POSITIVE) || !own.sets().containsKey(JOINER)) {
            return found;
        }
        Vocabulary positive = own.sets().get(POSITIVE);
        Vocabulary joiner = own.sets().get(JOINER);
        for (int[] sentence : ToneFeatures.sentences(tokens)) {
            int index = tokens.token(sentence[0]).sentence();
            int from = tokens.token(sentence[0]).from();
            int to = tokens.token(sentence[1] - 1).to();
            if (modelFound.contains(index) || absolved.contains(index) || overlaps(taken, from, to)) {
                continue;
            }
            if (thanksGoOn(tokens, sentence, joiner, own)) {
                continue;
            }
            boolean warm = false;
            for (int i = sentence[0]; i < sentence[1] - WARM_REST; i++) {
                if (warm && i - sentence[0] >= 2 && joiner.matches(tokens, i, own.language(), own.sets())) {
                    String rest = tokens.quote(tokens.token(i + 1).from(), ToneFeatures.end(tokens, sentence[1]));
                    List<Finding> inRest = scan(rest, location, ruleSets, names, locale, model, false, false)
                            .stream()
                            .filter(f -> !f.code().equals(FindingCodes.SHOUTING)).toList();
                    if (!inRest.isEmpty()) {
                        found.addAll(inRest);
                        break;
                    }
                }
                warm |= positive.matches(tokens, i, own.language(), own.sets());
            }
        }
        return found;
    }

    /**
     * Words written with asterisks for letters ("n*ut", "pr*t", "kj*tthuer", "f**king"): no letter has a reason to hide
     * a word but a rude one, whatever the word is and in any language, so each is an insult (an error) unless a rule
     * already reported those words. Not a masked name or code, which starts with a capital ("H****n", "E*Trade",
     * "A*A*A"), not part of an address, user name or number ("j**n.smith", "j****n@firma.no"), and not a formula of two
     * whole words ("salary*months"): a piece between the stars is shorter than {@value #FORMULA_PIECE} letters
     * ("dilett*ntar", "kj*tthuer"). Which pieces are words cannot decide it: the tone model learns the pieces of the
     * masked words in its corpus as words. A word spelt out with a star between every letter ("d*u*s*t") is joined by
     * the normaliser and read by the rules.
     */
    private void masked(TokenizedText tokens, String location, LetterLocale locale, List<int[]> taken,
                        List<int[]> errors, List<Finding> findings) {
        String text = tokens.normalisedText();
        Matcher words = MASKED.matcher(text);
        while (words.find()) {
            int start = words.start();
            int end = words.end();
            String quoted = tokens.quote(start, end);
            if (!isMaskedWord(text, start, end, quoted) || overlaps(taken, start, end)) {
                continue;
            }
            int[] span = {start, end};
            taken.add(span);
            errors.add(span);
            findings.add(finding(FindingCodes.INSULT, location, quoted, null, locale));
        }
    }

    private static boolean isMaskedWord(String text, int start, int end, String quoted) {
        if (quoted.isEmpty() || !Character.isLowerCase(quoted.charAt(0)) || quoted.indexOf('@') >= 0) {
            return false;
        }
        boolean before = start > 0 && partOfToken(text.charAt(start - 1));
        boolean dotted = end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '_')
                && Character.isLetterOrDigit(text.charAt(end + 1));
        boolean after = end < text.length() && partOfToken(text.charAt(end)) || dotted;
        if (before || after) {
            return false;
        }
        for (String piece : text.substring(start, end).split("\\*+")) {
            if (piece.length() < FORMULA_PIECE) {
                return true;
            }
        }
        return false;
    }

    /** A character that joins the letters beside it into one token: a digit, '@', '_', '/' or '*'. */
    private static boolean partOfToken(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '_' || c == '/' || c == '*';
    }

    /**
     * Whether a span that another language's rules found holds more than one word and among them a word only the
     * letter's language {@code own} has ({@link WrittenLanguage#isOnly}).
     */
    private static boolean spansOwnWords(TokenizedText tokens, int[] span, WrittenLanguage.Language own) {
        int first = tokens.tokenAt(span[0]);
        int last = tokens.tokenAt(span[1] - 1);
        if (first == last) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (WrittenLanguage.builtIn().isOnly(own, tokens.token(i).form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences of {@code tokens} that a rule clears ({@link ToneRules#absolves()}); a question clears nothing, as
     * with a denial: "Kvifor skulle vi ta på oss skulda, når det var klubben dykkar som …?" is blame. Nor does an
     * absolution a scoff word mocks ({@link #scoffs}): "None of the delays were your fault, apparently, even though
     * your site manager missed every inspection" is sarcasm.
     */
    private static Set<Integer> absolved(TokenizedText tokens, List<ToneRules> ruleSets) {
        Set<Integer> sentences = new HashSet<>();
        for (ToneRules rules : ruleSets) {
            for (ToneRule rule : rules.absolvesCandidates(tokens)) {
                for (int[] span : rule.match().find(tokens, rules.language(), rules.sets())) {
                    int sentence = tokens.sentenceAt(span[0]);
                    if (!tokens.isQuestion(sentence) && !scoffs(tokens, sentence, span, rules)) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return sentences;
    }

    /**
     * Whether {@code model} overrules a rule's hit {@code span}: it is all but sure that the hit's sentence is polite,
     * and each clause of three words or more that the hit runs over too. The clause matters because warm words elsewhere
     * in the sentence pull the whole sentence's hostility down: "Vi vil gjerne takke for godt samarbeid, men skadene på
     * gulvet kom av at barna deres fikk sykle rundt inne i salen" scored 0.0000 whole, while its second clause alone
     * is blame to the model too.
     */
    private static boolean overruled(TokenizedText tokens, int[] span, ToneModel model) {
        int firstWord = tokens.tokenAt(span[0]);
        int lastWord = tokens.tokenAt(Math.max(span[0], span[1] - 1));
        int sentence = tokens.token(firstWord).sentence();
        int first = tokens.firstOfSentence(firstWord);
        int end = first;
        while (end < tokens.size() && tokens.token(end).sentence() == sentence) {
            end++;
        }
        if (!model.overrules(tokens, first, end)) {
            return false;
        }
        int fromClause = tokens.token(firstWord).clause();
        int toClause = tokens.token(lastWord).clause();
        for (int i = first; i < end; ) {
            int clause = tokens.token(i).clause();
            int j = i;
            while (j < end && tokens.token(j).clause() == clause) {
                j++;
            }
            if (clause >= fromClause && clause <= toClause && j - i >= ToneModel.FEWEST_WORDS && j - i < end - first
                    && !model.overrules(tokens, i, j)) {
                return false;
            }
            i = j;
        }
        int from = Math.max(first, firstWord - OVERRULE_WINDOW);
        int to = Math.min(end, lastWord + 1 + OVERRULE_WINDOW);
        return to - from < ToneModel.FEWEST_WORDS || to - from == end - first || model.overrules(tokens, from, to);
    }

    /** Whether {@code rules} are of the letter's written language (any rules are, when the letter's is not known). */
    private static boolean ofLetterLanguage(ToneRules rules, LetterLocale locale) {
        return locale == null || WrittenLanguage.of(rules.language()) == WrittenLanguage.of(locale);
    }

    /** Whether a joining word of the sentence is followed by "for": thanks that go on ("…, og for at dere …"). */
    private static boolean thanksGoOn(TokenizedText tokens, int[] sentence, Vocabulary joiner, ToneRules own) {
        for (int i = sentence[0]; i < sentence[1] - 1; i++) {
            if (joiner.matches(tokens, i, own.language(), own.sets()) && tokens.token(i + 1).form().equals("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words in capitals and runs of exclamation marks. A word in capitals that the language model has never met as a
     * word, in a text without an exclamation mark, is taken to be an abbreviation the rules' list does not have
     * (COSHH, HACCP, RIDDOR) rather than shouting: what is shouted is a word of the language ("NEVER",
     * "UNACCEPTABLE"). Without a model every word in capitals of four letters or more counts.
     */
    private List<Finding> shouting(String text, String location, List<ToneRules> ruleSets, Set<String> names,
                                   LetterLocale locale, ToneModel model) {
        List<Finding> findings = new ArrayList<>();
        boolean exclaimed = text.indexOf('!') >= 0;
        if (!exclaimed && text.indexOf('?') < 0 && !hasCapitalsWord(text)) {
            return findings; // most sentences: nothing that could be shouted
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (isShouted(word) && !isAllowed(word, ruleSets, names)
                    && (model == null || exclaimed || model.knowsWord(word))) {
                findings.add(finding(FindingCodes.SHOUTING, location, word, word.toLowerCase(Locale.ROOT), locale));
            }
        }
        Matcher bangs = EXCLAMATIONS.matcher(text);
        while (bangs.find()) {
            findings.add(finding(FindingCodes.SHOUTING, location, bangs.group(), ".", locale));
        }
        return findings;
    }

    /**
     * Whether some run of letters, digits, apostrophes and hyphens (where every {@link #WORD} lies) has at least
     * {@value #SHOUTING_MIN_LETTERS} letters and neither a lower-case letter nor a digit: a quick pass that lets most
     * sentences skip the word matcher. A surrogate counts as a capital letter, so the pass never misses a word.
     */
    private static boolean hasCapitalsWord(String text) {
        int letters = 0;
        boolean spoilt = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.isSurrogate(c)) {
                spoilt |= Character.isLowerCase(c);
                letters++;
            } else if (Character.isDigit(c)) {
                spoilt = true;
            } else if (c != '\'' && c != '’' && c != '-' && !isOtherNumber(c)) {
                if (!spoilt && letters >= SHOUTING_MIN_LETTERS) {
                    return true;
                }
                letters = 0;
                spoilt = false;
            }
        }
        return !spoilt && letters >= SHOUTING_MIN_LETTERS;
    }

    /** A number that is no decimal digit (Ⅻ, ²): part of a {@link #WORD}, neither a letter nor a digit in it. */
    private static boolean isOtherNumber(char c) {
        if (c < 0xB2) {
            return false; // the first is the superscript two
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Capitals only, at least four letters, no digits and a vowel: invoice numbers such as INV-2026 are not shouting,
     * nor is an abbreviation that cannot be read as a word (CCTV, HMRC, NRK).
     */
    private static boolean isShouted(String word) {
        if (word.codePoints().noneMatch(c -> VOWELS.indexOf(Character.toLowerCase(c)) >= 0)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= SHOUTING_MIN_LETTERS;
    }

    private static boolean isAllowed(String word, List<ToneRules> ruleSets, Set<String> names) {
        if (names.contains(word)) {
            return true;
        }
        for (String part : word.split("[-'’]")) {
            if (part.isEmpty() || names.contains(part)) {
                continue;
            }
            boolean known = ruleSets.stream().anyMatch(rules -> rules.allowedCapitals().contains(part));
            if (!known && part.length() >= SHOUTING_MIN_LETTERS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words that a rule denying the recipient's fault matches ({@link ToneRules#clears()}): a blame, accusation or
     * characterisation the rules find over any of them is not raised ("…, ikke fordi noen av folkene deres var
     * uforsiktige"), one elsewhere in the sentence still is ("It isn't that you are careless; you are lazy"). A denial
     * in a question clears nothing: asked, it is the irony of "Your staff are never to blame, are they?"; nor does one
     * in a sentence that holds a word of the rules' set {@code scoff} anywhere ("Ingenting var dykkar skuld, som
     * vanleg", "None of it was your fault, of course") outside the denial's own words: a line's own guards see only
     * its clause, and the tag that turns a denial into irony often stands after a comma ("ha visst" and "could ever
     * have known" inside the denial are not tags).
     */
    private static List<int[]> denials(TokenizedText tokens, List<ToneRules> ruleSets) {
        List<int[]> spans = new ArrayList<>();
        for (ToneRules rules : ruleSets) {
            for (ToneRule rule : rules.clearsCandidates(tokens)) {
                for (int[] span : rule.match().find(tokens, rules.language(), rules.sets())) {
                    int sentence = tokens.sentenceAt(span[0]);
                    if (!tokens.isQuestion(sentence) && !scoffs(tokens, sentence, span, rules)) {
                        spans.add(span);
                    }
                }
            }
        }
        return spans;
    }

    /**
     * Whether sentence {@code sentence} of {@code tokens} holds, outside the words {@code span}, a word of the set
     * {@code scoff} of {@code rules} that mocks the denial {@code span}: any such word, when the rules have no set
     * {@code scoffdenial}; else a word of {@code scoffdenial} anywhere, or another word of {@code scoff} after the span.
     * A word right after a word of {@code scoff_notafter} is no scoff ("ingen kunne ha visst", could have known).
     */
    private static boolean scoffs(TokenizedText tokens, int sentence, int[] span, ToneRules rules) {
        if (!rules.sets().containsKey(SCOFF)) {
            return false;
        }
        Vocabulary always = rules.sets().get(SCOFF_IN_DENIAL);
        int first = tokens.firstOfSentence(tokens.tokenAt(span[0]));
        for (int i = first; i < tokens.size() && tokens.token(i).sentence() == sentence; i++) {
            TokenizedText.Token token = tokens.token(i);
            boolean inside = token.from() >= span[0] && token.to() <= span[1];
            if (inside || !Vocabulary.inSet(SCOFF, SCOFF_COMPANION, tokens, i, rules.language(), rules.sets())) {
                continue;
            }
            if (always == null || token.from() >= span[1]
                    || always.matches(tokens, i, rules.language(), rules.sets())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    private Finding finding(String code, String location, String quoted, String suggestion, LetterLocale locale) {
        return new Finding(FindingCodes.severityOf(code), code, location,
                messages.text(locale, code, quoted), messages.text(LetterLocale.EN, code, quoted), suggestion);
    }
}
