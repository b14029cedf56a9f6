package no.farvel.templates.document;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day to act on after the letter: an all-day calendar event with a reminder.
 *
 * @param kind what it is about
 * @param uid the event's identifier, the same every time the same termination is written, so a calendar that imports
 *            the file again updates the event rather than adding another
 * @param date the day
 * @param item what is due on the day, without the client's name, as the memo and the debrief list it
 * @param summary the event's title, in the letter's language: the item and the client's name
 * @param description what to check on the day, in the letter's language
 * @param reminder when the reminder goes off, from the start of the day (negative: before it); {@code -PT15H} is
 *                 09:00 the day before
 */
public record FollowUp(FollowUpKind kind, String uid, LocalDate date, String item, String summary,
                       String description, Duration reminder) {
    /** Checks that every part is there. */
    public FollowUp {
        Objects.requireNonNull(kind, "The parameter 'kind' must not be null");
        Objects.requireNonNull(uid, "The parameter 'uid' must not be null");
        Objects.requireNonNull(date, "The parameter 'date' must not be null");
        Objects.requireNonNull(item, "The parameter 'item' must not be null");
        Objects.requireNonNull(summary, "The parameter 'summary' must not be null");
        Objects.requireNonNull(description, "The parameter 'description' must not be null");
        Objects.requireNonNull(reminder, "The parameter 'reminder' must not be null");
    }
}
