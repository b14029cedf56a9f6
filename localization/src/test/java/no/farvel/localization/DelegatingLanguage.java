package no.farvel.localization;

import java.time.LocalDate;
import java.util.List;
import no.farvel.localization.spi.LetterLanguage;

/** A test language: English's words and formats under another code, with fallbacks of its choosing. */
class DelegatingLanguage implements LetterLanguage {
    private final String code;
    private final List<String> fallbacks;
    private final LetterLanguage base = LetterLocale.EN.language();

    DelegatingLanguage(String code, List<String> fallbacks) {
        this.code = code;
        this.fallbacks = fallbacks;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String englishName() {
        return "Test language " + code;
    }

    @Override
    public List<String> fallbacks() {
        return fallbacks;
    }

    @Override
    public List<String> monthNames() {
        return base.monthNames();
    }

    @Override
    public String dateInText(LocalDate date) {
        return base.dateInText(date);
    }

    @Override
    public String dateInTable(LocalDate date) {
        return base.dateInTable(date);
    }

    @Override
    public char decimalSeparator() {
        return base.decimalSeparator();
    }

    @Override
    public char groupingSeparator() {
        return base.groupingSeparator();
    }

    @Override
    public String cardinal(int number, Gender gender) {
        return base.cardinal(number, gender);
    }

    @Override
    public int wordsUpTo() {
        return base.wordsUpTo();
    }

    @Override
    public UnitWords unit(PeriodUnit unit) {
        return base.unit(unit);
    }

    @Override
    public String and() {
        return base.and();
    }

    @Override
    public String or() {
        return base.or();
    }

    @Override
    public String invoiceStatus(InvoiceState state) {
        return base.invoiceStatus(state);
    }

    @Override
    public Salutation salutation(Addressee addressee) {
        return base.salutation(addressee);
    }

    /** The same language under another class, to test a clash of codes. */
    static final class Rival extends DelegatingLanguage {
        Rival(String code) {
            super(code, List.of());
        }
    }
}
