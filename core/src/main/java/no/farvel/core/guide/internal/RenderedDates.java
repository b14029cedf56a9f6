package no.farvel.core.guide.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Finds a date in rendered text, in the formats letters in nb, nn and en commonly use. */
public final class RenderedDates {
    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale NN = Locale.forLanguageTag("nn");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("d. MMMM yyyy", NB),
            DateTimeFormatter.ofPattern("d. MMMM yyyy", NN),
            DateTimeFormatter.ofPattern("d. MMM yyyy", NB),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private RenderedDates() {
    }

    /** Whether the text, with its whitespace collapsed to single spaces, mentions the date. */
    public static boolean mentions(String flatText, LocalDate date) {
        String text = flatText.toLowerCase(Locale.ROOT);
        return FORMATS.stream().anyMatch(f -> text.contains(date.format(f).toLowerCase(Locale.ROOT)));
    }
}
