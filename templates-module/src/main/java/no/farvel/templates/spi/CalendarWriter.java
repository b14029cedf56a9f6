package no.farvel.templates.spi;

import java.io.IOException;
import java.io.OutputStream;
import no.farvel.templates.document.FollowUpCalendar;

/**
 * Writes a case file's follow-up calendar as an iCalendar file (RFC 5545). Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/no.farvel.templates.spi.CalendarWriter}); {@code no.farvel:farvel-calendar} provides one.
 * Implementations are thread-safe.
 */
public interface CalendarWriter {
    /** The MIME type of what {@link #write} writes: {@code text/calendar}. */
    String mediaType();

    /** Writes the calendar to {@code out}, leaving it open; the same calendar gives the same bytes. */
    void write(FollowUpCalendar calendar, OutputStream out) throws IOException;
}
