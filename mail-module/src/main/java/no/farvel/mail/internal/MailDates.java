package no.farvel.mail.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Date header in RFC 5322 form with a numeric zone ({@code +0000}), never the obsolete {@code GMT}. */
public final class MailDates {
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx",
            Locale.ENGLISH);

    private MailDates() {
    }

    public static String format(ZonedDateTime time) {
        return RFC_5322.format(time);
    }
}
