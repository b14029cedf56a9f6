package no.farvel.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** Sorts SMTP failures into those worth retrying and those that are final, and finds the server's words. */
public final class SmtpFailures {
    /** What a failure means for the message and for the run. */
    public enum Kind {
        /** Retry this message later: 4xx, a refused or reset connection, a timeout. */
        TRANSIENT,
        /** This message is refused for good: 5xx. */
        PERMANENT,
        /** No message can be sent with these settings: login refused, TLS missing or untrusted, unknown host. */
        FATAL
    }

    private SmtpFailures() {
    }

    /** The kind of a failure while sending a message. */
    public static Kind classify(MessagingException e) {
        int code = replyCode(e);
        if (code >= 400 && code < 500) {
            return Kind.TRANSIENT;
        }
        if (code >= 500) {
            return Kind.PERMANENT;
        }
        return classifyConnect(e);
    }

    /** The kind of a failure while connecting or logging in. */
    public static Kind classifyConnect(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return Kind.FATAL;
        }
        int code = replyCode(e);
        if (code >= 400 && code < 500) {
            return Kind.TRANSIENT;
        }
        for (Throwable t : chain(e)) {
            if (t instanceof SSLException || t instanceof UnknownHostException) {
                return Kind.FATAL;
            }
        }
        for (Throwable t : chain(e)) {
            if (t instanceof IOException) {
                return Kind.TRANSIENT;
            }
        }
        return code >= 500 ? Kind.PERMANENT : Kind.FATAL;
    }

    /** The SMTP reply code in the failure, or 0 when the server said nothing. */
    public static int replyCode(MessagingException e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            } else if (t instanceof SMTPSenderFailedException s) {
                return s.getReturnCode();
            } else if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
        }
        return 0;
    }

    /** The most telling line: the server's reply when there is one, otherwise the cause, on one line. */
    public static String reply(MessagingException e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException
                    || t instanceof SMTPSendFailedException) {
                return oneLine(t.getMessage());
            }
        }
        Throwable root = e;
        for (Throwable t : chain(e)) {
            root = t;
        }
        String message = root == e ? e.getMessage() : e.getMessage() + ": " + root;
        return oneLine(message);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ");
    }

    private static Iterable<Throwable> chain(Throwable start) {
        Set<Throwable> seen = new HashSet<>();
        java.util.List<Throwable> out = new java.util.ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
        }
        return out;
    }
}
