package no.farvel.templates.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The follow-up of one termination as a calendar, format-neutral: a {@link no.farvel.templates.spi.CalendarWriter}
 * writes it as iCalendar.
 *
 * @param name the calendar's name, such as {@code Oppfølging: Fjordkraft Demo AS}
 * @param language BCP 47 tag of the texts: {@code nb}, {@code nn} or {@code en}
 * @param stamped the letter's date, which stamps every event (never the clock, so the same termination gives the
 *                same file)
 * @param events the follow-ups in date order
 */
public record FollowUpCalendar(String name, String language, LocalDate stamped, List<FollowUp> events) {
    /** Checks the parts and copies the events. */
    public FollowUpCalendar {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(language, "The parameter 'language' must not be null");
        Objects.requireNonNull(stamped, "The parameter 'stamped' must not be null");
        events = List.copyOf(events);
    }
}
