package no.farvel.localization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.farvel.localization.Addressee;
import no.farvel.localization.Gender;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Salutation;
import no.farvel.localization.Stemmer;
import no.farvel.localization.UnitWords;
import no.farvel.localization.spi.LetterLanguage;

/** English as a British business letter writes it: day before month, no full stop after Mr or Dr. */
public final class English implements LetterLanguage {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
            "Sir", "Dame", "Lord", "Lady");

    @Override
    public String code() {
        return "en";
    }

    @Override
    public String englishName() {
        return "English";
    }

    @Override
    public String documentLanguageTag() {
        return "en-GB";
    }

    @Override
    public List<String> monthNames() {
        return MONTHS;
    }

    @Override
    public String dateInText(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    @Override
    public String dateInTable(LocalDate date) {
        return date.getDayOfMonth() + " " + monthAbbreviations().get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** Ordinal days, still common in British letters: {@code 28th February 2027}, {@code February 28th, 2027}. */
    @Override
    public List<String> otherDateSpellings(LocalDate date) {
        int day = date.getDayOfMonth();
        String ordinal = day + (day / 10 == 1 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
        String month = MONTHS.get(date.getMonthValue() - 1);
        return List.of(ordinal + " " + month + " " + date.getYear(), ordinal + " of " + month + " " + date.getYear(),
                month + " " + ordinal + ", " + date.getYear());
    }

    @Override
    public char decimalSeparator() {
        return '.';
    }

    @Override
    public char groupingSeparator() {
        return ',';
    }

    @Override
    public String cardinal(int number, Gender gender) {
        if (number < 0 || number > 99) {
            throw new IllegalArgumentException(number + " is outside 0 to 99");
        }
        if (number < 20) {
            return UNITS[number];
        }
        return TENS[number / 10] + (number % 10 == 0 ? "" : "-" + UNITS[number % 10]);
    }

    /** British newspaper and business style: one to nine in words, 10 and above in figures ("within 14 days"). */
    @Override
    public int wordsUpTo() {
        return 9;
    }

    @Override
    public UnitWords unit(PeriodUnit unit) {
        return switch (unit) {
            case YEAR -> new UnitWords("year", "years", "year's", "years'", Gender.NEUTER);
            case MONTH -> new UnitWords("month", "months", "month's", "months'", Gender.NEUTER);
            case WEEK -> new UnitWords("week", "weeks", "week's", "weeks'", Gender.NEUTER);
            case DAY -> new UnitWords("day", "days", "day's", "days'", Gender.NEUTER);
        };
    }

    @Override
    public String and() {
        return "and";
    }

    @Override
    public String or() {
        return "or";
    }

    @Override
    public String invoiceStatus(InvoiceState state) {
        return switch (state) {
            case OPEN -> "Not yet due";
            case OVERDUE -> "Overdue";
            case DISPUTED -> "Disputed";
            case PAID -> "Paid";
        };
    }

    @Override
    public Set<String> courtesyTitles() {
        return TITLES;
    }

    /**
     * British business usage: a named person by title and surname ("Dear Ms O'Neill"), by full name when no title
     * is known ("Dear Jane O'Neill"), a knight or dame by title and first name ("Dear Sir John"), each closed
     * "Yours sincerely"; nobody named is "Dear Sir or Madam", closed "Yours faithfully".
     */
    @Override
    public Salutation salutation(Addressee addressee) {
        if (!addressee.isNamed()) {
            return new Salutation("Dear Sir or Madam,", "Yours faithfully,");
        }
        String title = addressee.title().equals("Prof") ? "Professor" : addressee.title();
        String name;
        if (title.isEmpty()) {
            name = addressee.fullName();
        } else if ((title.equals("Sir") || title.equals("Dame")) && !addressee.givenNames().isEmpty()) {
            name = title + " " + addressee.givenNames().split(" ")[0];
        } else {
            name = title + " " + addressee.surname();
        }
        return new Salutation("Dear " + name + ",", "Yours sincerely,");
    }

    @Override
    public Map<String, String> defaultMessages() {
        return Map.of("mail.attachment", "Termination notice from {sender}");
    }

    @Override
    public Stemmer stemmer() {
        return Stemmer.ENGLISH;
    }
}
