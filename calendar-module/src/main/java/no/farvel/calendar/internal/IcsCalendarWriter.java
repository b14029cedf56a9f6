package no.farvel.calendar.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import no.farvel.templates.document.FollowUp;
import no.farvel.templates.document.FollowUpCalendar;
import no.farvel.templates.spi.CalendarWriter;
import no.farvel.templates.spi.RenderException;

/**
 * Writes the follow-up calendar as iCalendar (RFC 5545) with iCal4j: one all-day event per follow-up, free rather
 * than busy, with its UID, a description of what to check and a display alarm. Every event is stamped with the
 * letter's date, never the clock, so the same termination gives the same file. Thread-safe.
 */
public final class IcsCalendarWriter implements CalendarWriter {
    /** Names the program that wrote the file, as RFC 5545 asks. */
    static final String PRODUCT = "-//Farvel//Farvel case file//EN";

    /** Creates the writer; {@link java.util.ServiceLoader} calls this. */
    public IcsCalendarWriter() {
    }

    @Override
    public String mediaType() {
        return "text/calendar; charset=UTF-8";
    }

    @Override
    public void write(FollowUpCalendar followUps, OutputStream out) throws IOException {
        Objects.requireNonNull(followUps, "The parameter 'followUps' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        Instant stamp = followUps.stamped().atStartOfDay(ZoneOffset.UTC).toInstant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        // PUBLISH: the events are for the reader's own calendar, not invitations to answer.
        calendar.add(new Method(Method.VALUE_PUBLISH));
        // The name most calendar programs show for an imported file (Apple, Google, Outlook).
        calendar.add(new XProperty("X-WR-CALNAME", followUps.name()));
        for (FollowUp followUp : followUps.events()) {
            calendar.add(event(followUp, stamp, followUps.language()));
        }
        // The outputter closes what it writes to; the caller's stream stays open, and gets a whole file or nothing.
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (ValidationException e) {
            throw new RenderException("The follow-up calendar '" + followUps.name() + "' is not valid iCalendar: "
                    + e.getMessage(), e);
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static VEvent event(FollowUp followUp, Instant stamp, String language) {
        ParameterList inLanguage = new ParameterList(java.util.List.of(new Language(language)));
        // Without DTSTAMP (false): iCal4j would stamp the event with the clock.
        VEvent event = new VEvent(false);
        event.add(new Uid(followUp.uid()));
        event.add(new DtStamp(stamp));
        // An all-day event: a DATE start and the next day as its (exclusive) end.
        event.add(new DtStart<>(followUp.date()));
        event.add(new DtEnd<>(followUp.date().plusDays(1)));
        event.add(new Summary(inLanguage, followUp.summary()));
        event.add(new Description(inLanguage, followUp.description()));
        event.add(new Sequence(0));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        VAlarm alarm = new VAlarm(followUp.reminder());
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(followUp.summary()));
        event.add(alarm);
        return event;
    }
}
