package no.farvel.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import no.farvel.core.Termination;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.CaseFile;
import no.farvel.templates.Farvel;
import no.farvel.templates.document.FollowUp;
import no.farvel.templates.testing.LetterCases;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The follow-up calendar as calendar programs read it: parsed back by iCal4j, and by Python's icalendar as a second,
 * independent parser.
 */
class IcsCalendarWriterTest {
    private static final Farvel FARVEL = Farvel.builder().build();
    /** Debian's Python, where the package python3-icalendar installs; the first one on the path otherwise. */
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
    private static final String PYTHON_READER = String.join("\n",
            "import sys, icalendar",
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
            "print('CALENDAR', cal.get('version'), cal.get('prodid'))",
            "for e in cal.walk('VEVENT'):",
            "    alarms = [a for a in e.walk('VALARM')]",
            "    t = alarms[0].decoded('trigger') if alarms else None",
            "    secs = int(t.total_seconds()) if t is not None else 'none'",
            "    print('\\t'.join(['EVENT', str(e.get('uid')), e.decoded('dtstart').isoformat(),",
            "        e.decoded('dtend').isoformat(), str(secs), str(alarms[0].get('action')) if alarms else '',",
            "        str(e.get('summary')).replace('\\t', ' '), str(e.get('description')).replace('\\n', ' ')]))",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json"})
    void ical4jReadsBackEveryFollowUpWithItsDateReminderAndDescription(String example) throws Exception {
        Termination t = SharedExamples.read(example);
        CaseFile caseFile = FARVEL.caseFile(t);
        List<FollowUp> expected = caseFile.followUps().events();

        Calendar calendar = parse(caseFile.calendar());

        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).hasValue("2.0");
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(expected.size());
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            FollowUp followUp = expected.get(i);
            assertThat(event.getUid().map(Property::getValue)).hasValue(followUp.uid());
            Temporal start = event.getDateTimeStart().orElseThrow().getDate();
            assertThat(start).isEqualTo(followUp.date());
            assertThat(event.getSummary().map(Property::getValue)).hasValue(followUp.summary());
            assertThat(event.getDescription().map(Property::getValue)).hasValue(followUp.description());
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).as(followUp.uid()).hasSize(1);
            Trigger trigger = alarms.get(0).getProperty(Property.TRIGGER).map(Trigger.class::cast).orElseThrow();
            assertThat(trigger.getDuration()).isEqualTo(followUp.reminder());
            assertThat(alarms.get(0).getProperty(Property.ACTION).map(Property::getValue)).hasValue("DISPLAY");
        }
        assertThat(events).extracting(e -> e.getDateTimeStart().orElseThrow().getDate())
                .contains(t.effectiveDate(), t.letterDate());
    }

    @Test
    void theSameTerminationGivesTheSameFileSoAnImportUpdatesRatherThanDuplicates() {
        Termination t = SharedExamples.read("nb-sen-betaling.json");

        byte[] first = FARVEL.caseFile(t).calendar();
        byte[] second = Farvel.builder().build().caseFile(t).calendar();

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("UID:fjordkraft-demo-2026.effective@")
                .contains("DTSTAMP:20261128T000000Z").contains("\r\n");
    }

    @Test
    void pythonIcalendarReadsTheSameEventsDatesAndReminders(@TempDir Path dir) throws Exception {
        String python = pythonWithIcalendar();
        for (String example : List.of("nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json")) {
            CaseFile caseFile = FARVEL.caseFile(SharedExamples.read(example));
            Path ics = Files.write(dir.resolve(caseFile.id() + ".ics"), caseFile.calendar());

            List<String> lines = run(python, ics, dir);

            assertThat(lines.get(0)).as(example).startsWith("CALENDAR 2.0 -//Farvel//");
            List<String[]> events = lines.stream().filter(l -> l.startsWith("EVENT\t")).map(l -> l.split("\t", -1))
                    .toList();
            List<FollowUp> expected = caseFile.followUps().events();
            assertThat(events).as(example).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                FollowUp followUp = expected.get(i);
                String[] event = events.get(i);
                assertThat(event[1]).isEqualTo(followUp.uid());
                assertThat(LocalDate.parse(event[2])).isEqualTo(followUp.date());
                assertThat(LocalDate.parse(event[3])).isEqualTo(followUp.date().plusDays(1));
                assertThat(Duration.ofSeconds(Long.parseLong(event[4]))).as(followUp.uid())
                        .isEqualTo(followUp.reminder());
                assertThat(event[5]).isEqualTo("DISPLAY");
                assertThat(event[6]).isEqualTo(followUp.summary());
                assertThat(event[7]).isEqualTo(followUp.description());
            }
        }
    }

    @Test
    void aCaseWithoutInvoicesOrRefundsStillHasTheLetterTheEndAndTheDebrief() throws Exception {
        Termination t = LetterCases.of("noInvoices", LetterLocale.EN).termination();

        List<VEvent> events = parse(FARVEL.caseFile(t).calendar()).getComponents("VEVENT");

        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .noneMatch(uid -> uid.contains("invoice-due") || uid.contains("refund-due"))
                .anyMatch(uid -> uid.contains(".effective@")).anyMatch(uid -> uid.contains(".debrief@"))
                .anyMatch(uid -> uid.contains(".letter-sent@"));
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static List<String> run(String python, Path ics, Path dir) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("read_ics.py"), PYTHON_READER);
        Process process = new ProcessBuilder(python, script.toString(), ics.toString()).redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Python's icalendar did not finish reading " + ics);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("Python's icalendar reading " + ics + ":\n" + text).isZero();
        return new ArrayList<>(text.lines().toList());
    }

    /**
     * A Python that has icalendar. Skips the test when there is none, but fails it on CI (CI=true) or when
     * FARVEL_REQUIRE_LIBREOFFICE is set, where the image must have it (.ci/run installs python3-icalendar).
     */
    private static String pythonWithIcalendar() throws InterruptedException {
        for (String python : PYTHONS) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import icalendar").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // Not there; try the next.
            }
        }
        String message = "Python's icalendar is not installed (Debian: apt-get install python3-icalendar)";
        if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("FARVEL_REQUIRE_LIBREOFFICE") != null
                && !System.getenv("FARVEL_REQUIRE_LIBREOFFICE").isBlank()) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }
}
