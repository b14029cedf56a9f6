package no.farvel.mail.internal;

import jakarta.mail.Session;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;

/** The Jakarta Mail session for a set of {@link SmtpSettings}: protection, timeouts and checks decided up front. */
public final class SessionFactory {
    private SessionFactory() {
    }

    /** {@code smtp} or {@code smtps}. */
    public static String protocol(SmtpSettings settings) {
        return settings.security() == Security.SMTPS ? "smtps" : "smtp";
    }

    /**
     * The session; refuses plain SMTP to a host that is not a loopback address unless explicitly allowed, before any
     * connection is made.
     */
    public static Session session(SmtpSettings settings) {
        if (settings.security() == Security.PLAIN && !settings.allowInsecurePlain() && !loopback(settings.host())) {
            throw new IllegalArgumentException("Refusing plain SMTP to " + settings.host() + ":" + settings.port()
                    + ": the letters and the password would cross the network unencrypted. Use STARTTLS (the"
                    + " default) or SMTPS, or allow plain SMTP explicitly (--insecure-plain)");
        }
        String protocol = protocol(settings);
        String p = "mail." + protocol + ".";
        Properties props = MimeComposer.properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", Integer.toString(settings.port()));
        // Angus waits forever by default; a silent server must not hang a batch of ten thousand letters.
        props.setProperty(p + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        props.setProperty(p + "auth", Boolean.toString(settings.user() != null));
        props.setProperty(p + "ssl.checkserveridentity", "true");
        props.setProperty(p + "quitwait", "false");
        if (settings.security() == Security.STARTTLS_REQUIRED) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        } else if (settings.security() == Security.SMTPS) {
            props.setProperty(p + "ssl.enable", "true");
        } else {
            props.setProperty(p + "starttls.enable", "false");
        }
        if (settings.sslSocketFactory() != null) {
            props.put(p + "ssl.socketFactory", settings.sslSocketFactory());
        }
        Session session = Session.getInstance(props);
        // Debug output would show the AUTH exchange; it stays off.
        session.setDebug(false);
        return session;
    }

    private static boolean loopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
