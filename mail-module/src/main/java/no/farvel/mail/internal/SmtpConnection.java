package no.farvel.mail.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;
import no.farvel.mail.internal.SmtpFailure.Kind;
import no.farvel.mail.internal.SmtpFailure.Stage;

/**
 * One SMTP connection, spoken here rather than through Jakarta Mail's transport because delivery needs what that
 * hides: a step between the data and its final dot (the journal's in-flight line), a deadline on every reply however
 * slowly a server drips it, and a failure that says at which stage the connection was lost.
 */
public final class SmtpConnection implements AutoCloseable {
    private static final int MAX_LINE = 4096;
    private static final int MAX_REPLY_LINES = 256;
    private static final int CHUNK = 64 * 1024;

    private final SmtpSettings settings;
    private final Socket raw;
    private final TrustedCertificates trust;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final Map<String, String> extensions = new HashMap<>();
    private volatile String expired;
    private boolean broken;

    private SmtpConnection(SmtpSettings settings, Socket raw, TrustedCertificates trust) throws IOException {
        this.settings = settings;
        this.raw = raw;
        this.trust = trust;
        use(raw);
    }

    /**
     * Connects, reads the greeting, says EHLO, starts TLS as the settings require and logs in.
     *
     * @param trust the certificates to trust, unless the settings bring their own socket factory
     */
    public static SmtpConnection open(SmtpSettings settings, TrustedCertificates trust) throws SmtpFailure {
        Socket raw = new Socket();
        try {
            raw.connect(new InetSocketAddress(settings.host(), settings.port()),
                    Math.toIntExact(settings.connectTimeout().toMillis()));
            raw.setSoTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
        } catch (UnknownHostException e) {
            closeQuietly(raw);
            throw new SmtpFailure(Kind.FATAL, Stage.CONNECT, null, "unknown host " + settings.host(), e);
        } catch (IOException e) {
            closeQuietly(raw);
            String what = e instanceof ConnectException ? "connection refused"
                    : e instanceof SocketTimeoutException ? "no connection within the "
                    + seconds(settings.connectTimeout()) + " connect timeout" : e.toString();
            throw new SmtpFailure(Kind.TRANSIENT, Stage.CONNECT, null, "cannot connect to " + settings.host() + ":"
                    + settings.port() + ": " + what, e);
        }
        SmtpConnection connection;
        try {
            connection = new SmtpConnection(settings, raw, trust);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new SmtpFailure(Kind.TRANSIENT, Stage.CONNECT, null, e.toString(), e);
        }
        try {
            connection.start();
            return connection;
        } catch (SmtpFailure | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void start() throws SmtpFailure {
        if (settings.security() == Security.SMTPS) {
            startTls(Stage.CONNECT);
        }
        SmtpReply greeting = reply(Stage.GREETING);
        if (greeting.code() != 220) {
            throw SmtpFailure.refused(Stage.GREETING, greeting);
        }
        ehlo();
        if (settings.security() == Security.STARTTLS_REQUIRED) {
            if (!extensions.containsKey("STARTTLS")) {
                throw new SmtpFailure(Kind.FATAL, Stage.STARTTLS, null, "STARTTLS is required but the server does"
                        + " not offer it; choose SMTPS (--smtps) if it speaks TLS from the start", null);
            }
            SmtpReply ready = command(Stage.STARTTLS, "STARTTLS");
            if (ready.code() != 220) {
                throw SmtpFailure.refused(Stage.STARTTLS, ready);
            }
            startTls(Stage.STARTTLS);
            ehlo();
        }
        if (settings.user() != null) {
            login();
        }
    }

    /** Whether the server said it supports an extension, such as {@code SMTPUTF8}. */
    public boolean supports(String extension) {
        return extensions.containsKey(extension.toUpperCase(Locale.ROOT));
    }

    /** Whether the connection can carry another message. */
    public boolean isUsable() {
        return !broken && !socket.isClosed();
    }

    /**
     * Sends one message: MAIL, RCPT for each recipient, DATA, the bytes (CRLF lines, dot-stuffed here), then the final
     * dot. {@code beforeFinalDot} runs once everything but the dot is with the server; when it returns false the
     * message is abandoned: the connection is closed without the dot, so the server discards it.
     *
     * @return the server's reply to the final dot
     */
    public SmtpReply send(String from, List<String> recipients, byte[] message, java.util.function.BooleanSupplier
            beforeFinalDot) throws SmtpFailure {
        ScheduledFuture<?> alarm = Watchdog.after(settings.messageDeadline(), () -> expire("the message took longer"
                + " than the " + seconds(settings.messageDeadline()) + " message deadline"));
        try {
            boolean utf8 = !ascii(from) || recipients.stream().anyMatch(r -> !ascii(r));
            if (utf8 && !supports("SMTPUTF8")) {
                throw new SmtpFailure(Kind.PERMANENT, Stage.MAIL, null, "an address has non-ASCII characters and"
                        + " the server does not offer SMTPUTF8", null);
            }
            String size = supports("SIZE") ? " SIZE=" + message.length : "";
            expect(Stage.MAIL, command(Stage.MAIL, "MAIL FROM:<" + from + ">" + size + (utf8 ? " SMTPUTF8" : "")));
            for (String recipient : recipients) {
                expect(Stage.RCPT, command(Stage.RCPT, "RCPT TO:<" + recipient + ">"));
            }
            SmtpReply go = command(Stage.DATA, "DATA");
            if (go.code() != 354) {
                throw SmtpFailure.refused(Stage.DATA, go);
            }
            writeData(message);
            if (!beforeFinalDot.getAsBoolean()) {
                close();
                throw new SmtpFailure(Kind.ABANDONED, Stage.CONTENT, null, "stopped before the final dot; not"
                        + " delivered", null);
            }
            SmtpReply done = command(Stage.END_OF_DATA, ".");
            expect(Stage.END_OF_DATA, done);
            return done;
        } finally {
            alarm.cancel(false);
        }
    }

    /** Ends a failed transaction so the connection can carry the next message; closes it if that fails. */
    public void reset() {
        if (!isUsable()) {
            return;
        }
        try {
            expect(Stage.RSET, command(Stage.RSET, "RSET"));
        } catch (SmtpFailure e) {
            close();
        }
    }

    /** Says QUIT without waiting for the answer, and closes. */
    @Override
    public void close() {
        if (!socket.isClosed() && !broken) {
            try {
                out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        broken = true;
        closeQuietly(socket);
        closeQuietly(raw);
    }

    private void ehlo() throws SmtpFailure {
        SmtpReply reply = command(Stage.EHLO, "EHLO " + localName());
        expect(Stage.EHLO, reply);
        extensions.clear();
        for (int i = 1; i < reply.lines().size(); i++) {
            String[] words = reply.lines().get(i).strip().split("[ =]", 2);
            extensions.put(words[0].toUpperCase(Locale.ROOT), words.length > 1 ? words[1].strip() : "");
        }
    }

    private void login() throws SmtpFailure {
        String offered = extensions.get("AUTH");
        if (offered == null) {
            throw new SmtpFailure(Kind.FATAL, Stage.AUTH, null, "the server does not offer AUTH, so it cannot log in"
                    + " as " + settings.user() + "; leave out the login or use the server's submission port", null);
        }
        List<String> mechanisms = Arrays.asList(offered.toUpperCase(Locale.ROOT).split("\\s+"));
        char[] password = settings.password();
        byte[] secret = null;
        try {
            secret = utf8(password);
            byte[] user = settings.user().getBytes(StandardCharsets.UTF_8);
            SmtpReply reply;
            if (mechanisms.contains("PLAIN") || !mechanisms.contains("LOGIN")) {
                byte[] plain = new byte[user.length + secret.length + 2];
                System.arraycopy(user, 0, plain, 1, user.length);
                System.arraycopy(secret, 0, plain, user.length + 2, secret.length);
                reply = command(Stage.AUTH, "AUTH PLAIN " + Base64.getEncoder().encodeToString(plain));
                Arrays.fill(plain, (byte) 0);
            } else {
                expectCode(command(Stage.AUTH, "AUTH LOGIN"), 334);
                expectCode(command(Stage.AUTH, Base64.getEncoder().encodeToString(user)), 334);
                reply = command(Stage.AUTH, Base64.getEncoder().encodeToString(secret));
            }
            if (reply.code() != 235) {
                SmtpFailure refused = SmtpFailure.refused(Stage.AUTH, reply);
                throw new SmtpFailure(refused.kind(), Stage.AUTH, reply, "the server refused the login as "
                        + settings.user() + ": " + reply, null);
            }
        } finally {
            Arrays.fill(password, '\0');
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private void expectCode(SmtpReply reply, int code) throws SmtpFailure {
        if (reply.code() != code) {
            throw new SmtpFailure(SmtpFailure.refused(Stage.AUTH, reply).kind(), Stage.AUTH, reply,
                    "the server refused the login as " + settings.user() + ": " + reply, null);
        }
    }

    private void startTls(Stage stage) throws SmtpFailure {
        SSLSocketFactory factory = settings.sslSocketFactory() != null ? settings.sslSocketFactory()
                : trust.socketFactory();
        ScheduledFuture<?> alarm = Watchdog.after(settings.commandDeadline(), () -> expire("the TLS handshake took"
                + " longer than the " + seconds(settings.commandDeadline()) + " command deadline"));
        try {
            SSLSocket tls = (SSLSocket) factory.createSocket(raw, settings.host(), settings.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            use(tls);
        } catch (SSLException e) {
            if (expired != null) {
                throw lost(stage, e);
            }
            throw new SmtpFailure(Kind.FATAL, stage, null, tlsRefusal(e), e);
        } catch (IOException e) {
            throw lost(stage, e);
        } finally {
            alarm.cancel(false);
        }
    }

    private String tlsRefusal(SSLException e) {
        X509Certificate refused = trust == null ? null : trust.refused();
        String server = settings.host() + ":" + settings.port();
        if (refused == null) {
            return "the TLS handshake with " + server + " failed: " + e.getMessage();
        }
        String problem = e.getMessage() != null && e.getMessage().contains("No subject alternative")
                ? "is not made out for " + settings.host() : "is not trusted";
        return "the certificate of " + server + " " + problem + " (subject " + refused.getSubjectX500Principal()
                + ", issued by " + refused.getIssuerX500Principal() + "). If your organisation runs its own"
                + " certificate authority, trust its certificate with --ca-cert FILE"
                + " (SmtpSettings.Builder.caCertificates)";
    }

    private SmtpReply command(Stage stage, String line) throws SmtpFailure {
        ScheduledFuture<?> alarm = Watchdog.after(settings.commandDeadline(), () -> expire("no complete reply to "
                + stage + " within the " + seconds(settings.commandDeadline()) + " command deadline"));
        try {
            try {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw lost(stage, e);
            }
            return read(stage);
        } finally {
            alarm.cancel(false);
        }
    }

    private SmtpReply reply(Stage stage) throws SmtpFailure {
        ScheduledFuture<?> alarm = Watchdog.after(settings.commandDeadline(), () -> expire("no complete reply to "
                + stage + " within the " + seconds(settings.commandDeadline()) + " command deadline"));
        try {
            return read(stage);
        } finally {
            alarm.cancel(false);
        }
    }

    private SmtpReply read(Stage stage) throws SmtpFailure {
        List<String> lines = new ArrayList<>();
        try {
            while (true) {
                String line = readLine();
                if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)
                        || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
                    broken = true;
                    throw new SmtpFailure(Kind.TRANSIENT, stage, null, "the server's answer to " + stage
                            + " is not an SMTP reply: " + line, null);
                }
                lines.add(line.length() > 4 ? line.substring(4) : "");
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    SmtpReply reply = new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
                    if (reply.code() == 421) {
                        broken = true; // the server is closing the connection
                    }
                    return reply;
                }
                if (lines.size() >= MAX_REPLY_LINES) {
                    broken = true;
                    throw new SmtpFailure(Kind.TRANSIENT, stage, null, "the server's reply to " + stage + " ran past "
                            + MAX_REPLY_LINES + " lines", null);
                }
            }
        } catch (IOException e) {
            throw lost(stage, e);
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("a reply line longer than " + MAX_LINE + " characters");
            }
            line.append((char) b);
        }
    }

    private void writeData(byte[] message) throws SmtpFailure {
        try {
            boolean lineStart = true;
            for (int start = 0; start < message.length; start += CHUNK) {
                int end = Math.min(message.length, start + CHUNK);
                ScheduledFuture<?> alarm = Watchdog.after(settings.writeTimeout(), () -> expire("the server took"
                        + " nothing for the " + seconds(settings.writeTimeout()) + " write timeout"));
                try {
                    for (int i = start; i < end; i++) {
                        byte b = message[i];
                        if (lineStart && b == '.') {
                            out.write('.');
                        }
                        out.write(b);
                        lineStart = b == '\n';
                    }
                    out.flush();
                } finally {
                    alarm.cancel(false);
                }
            }
        } catch (IOException e) {
            throw lost(Stage.CONTENT, e);
        }
    }

    private void expect(Stage stage, SmtpReply reply) throws SmtpFailure {
        if (reply.code() < 200 || reply.code() >= 300) {
            throw SmtpFailure.refused(stage, reply);
        }
    }

    /** The connection is gone without a reply: transient, except after the final dot, where nobody knows. */
    private SmtpFailure lost(Stage stage, IOException e) {
        broken = true;
        closeQuietly(raw);
        String why = expired != null ? expired
                : e instanceof EOFException ? "the server closed the connection during " + stage
                : e instanceof SocketTimeoutException ? "no reply to " + stage + " within the "
                + seconds(settings.readTimeout()) + " read timeout"
                : "the connection broke during " + stage + ": " + e.getMessage();
        return new SmtpFailure(stage == Stage.END_OF_DATA ? Kind.IN_DOUBT : Kind.TRANSIENT, stage, null, why, e);
    }

    /** Called by the watchdog: closing the socket ends any read or write blocked on it. */
    private void expire(String why) {
        expired = why;
        closeQuietly(raw);
    }

    private void use(Socket s) throws IOException {
        this.socket = s;
        this.in = new BufferedInputStream(s.getInputStream(), 8192);
        this.out = new BufferedOutputStream(s.getOutputStream(), CHUNK);
    }

    /** An address literal of our end of the connection: always valid in EHLO, unlike many local host names. */
    private String localName() {
        InetAddress local = raw.getLocalAddress();
        return local instanceof java.net.Inet6Address ? "[IPv6:" + local.getHostAddress() + "]"
                : "[" + local.getHostAddress() + "]";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static byte[] utf8(char[] chars) {
        java.nio.ByteBuffer buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Nothing more to do with it.
        }
    }
}
