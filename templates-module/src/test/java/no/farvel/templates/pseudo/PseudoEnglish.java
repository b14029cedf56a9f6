package no.farvel.templates.pseudo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.farvel.localization.Addressee;
import no.farvel.localization.Gender;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.LetterLocale;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Salutation;
import no.farvel.localization.UnitWords;
import no.farvel.localization.spi.LetterLanguage;

/**
 * A pseudo-language added the way a team adds Swedish: English with accented letters ({@code en-XA}), its own date,
 * number and table formats, falling back to English for messages. It is listed in this module's test
 * {@code META-INF/services}, so it reaches the letter through the SPI alone. The accents are all in Latin-1 and
 * Latin Extended-A, which Liberation Sans covers.
 */
public final class PseudoEnglish implements LetterLanguage {
    private static final String PLAIN = "acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ";
    private static final String ACCENTED = "áçďéĝĥíĵķĺñóŕšŧúŵýžÁÇĎÉĜĤÍĴĶĹÑÓŔŠŦÚŴÝŽ";
    private static final LetterLanguage ENGLISH = LetterLocale.EN.language();

    /** The text with its letters accented; the pseudo-bundle was made from the English one this way. */
    public static String accent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = PLAIN.indexOf(c);
            out.append(at < 0 ? c : ACCENTED.charAt(at));
        }
        return out.toString();
    }

    @Override
    public String code() {
        return "en-XA";
    }

    @Override
    public String englishName() {
        return "Pseudo-English";
    }

    @Override
    public List<String> fallbacks() {
        return List.of("en");
    }

    @Override
    public List<String> monthNames() {
        return ENGLISH.monthNames().stream().map(PseudoEnglish::accent).toList();
    }

    @Override
    public String dateInText(LocalDate date) {
        return date.getDayOfMonth() + " " + monthNames().get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** Tables use middle dots, a form no built-in language writes: {@code 28·02·2027}. */
    @Override
    public String dateInTable(LocalDate date) {
        return LetterLocale.NB.language().dateInTable(date).replace('.', '\u00B7');
    }

    @Override
    public char decimalSeparator() {
        return ',';
    }

    @Override
    public char groupingSeparator() {
        return '.';
    }

    @Override
    public String cardinal(int number, Gender gender) {
        return accent(ENGLISH.cardinal(number, gender));
    }

    @Override
    public int wordsUpTo() {
        return ENGLISH.wordsUpTo();
    }

    @Override
    public UnitWords unit(PeriodUnit unit) {
        UnitWords english = ENGLISH.unit(unit);
        return new UnitWords(accent(english.singular()), accent(english.plural()),
                accent(english.singularPossessive()), accent(english.pluralPossessive()), english.gender());
    }

    @Override
    public String and() {
        return accent(ENGLISH.and());
    }

    @Override
    public String or() {
        return accent(ENGLISH.or());
    }

    @Override
    public String invoiceStatus(InvoiceState state) {
        return accent(ENGLISH.invoiceStatus(state));
    }

    @Override
    public Set<String> courtesyTitles() {
        return ENGLISH.courtesyTitles();
    }

    @Override
    public Salutation salutation(Addressee addressee) {
        Salutation english = ENGLISH.salutation(addressee);
        return new Salutation(accent(english.greeting()), accent(english.closing()));
    }
}
