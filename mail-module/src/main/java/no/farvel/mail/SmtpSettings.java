package no.farvel.mail;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;
import no.farvel.mail.internal.TrustedCertificates;

/**
 * Where and how to deliver: host, port, protection, trust, login, timeouts and deadlines. Immutable; the password is
 * kept as characters and never shown by {@link #toString()}.
 */
public final class SmtpSettings {
    private final String host;
    private final int port;
    private final Security security;
    private final boolean allowInsecurePlain;
    private final String user;
    private final char[] password;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration commandDeadline;
    private final Duration messageDeadline;
    private final SSLSocketFactory sslSocketFactory;
    private final List<X509Certificate> caCertificates;

    private SmtpSettings(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.security = b.security;
        this.allowInsecurePlain = b.allowInsecurePlain;
        this.user = b.user;
        this.password = b.password == null ? null : b.password.clone();
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.commandDeadline = b.commandDeadline;
        this.messageDeadline = b.messageDeadline;
        this.sslSocketFactory = b.sslSocketFactory;
        this.caCertificates = List.copyOf(b.caCertificates);
    }

    /**
     * Settings for {@code host:port} with STARTTLS required, the JDK's trusted certificates, no login, 10/30/30 second
     * timeouts and deadlines of 2 minutes per command and 10 minutes per message.
     */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    /**
     * The password from the environment variable {@code name}, so that it is never a command-line argument or a file.
     *
     * @throws IllegalArgumentException naming the variable when it is not set or empty
     */
    public static char[] passwordFromEnvironment(String name) {
        return passwordFromEnvironment(name, System::getenv);
    }

    static char[] passwordFromEnvironment(String name, UnaryOperator<String> environment) {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The environment variable " + name + " is not set; set it to the SMTP"
                    + " password before sending (export " + name + "=...)");
        }
        return value.toCharArray();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Security security() {
        return security;
    }

    /** Whether plain SMTP may go to a host that is not a loopback address. */
    public boolean allowInsecurePlain() {
        return allowInsecurePlain;
    }

    /** The login name, or null to send without AUTH. */
    public String user() {
        return user;
    }

    /** A copy of the password, or null; the caller should clear it after use. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** The longest wait for one complete reply, however slowly the server drips it; see {@link Builder#deadlines}. */
    public Duration commandDeadline() {
        return commandDeadline;
    }

    /** The longest one message may take, from MAIL FROM to the reply after its final dot. */
    public Duration messageDeadline() {
        return messageDeadline;
    }

    /** The factory for TLS sockets given with {@link Builder#sslSocketFactory}, or null. */
    public SSLSocketFactory sslSocketFactory() {
        return sslSocketFactory;
    }

    /** Certificate authorities trusted besides the JDK's own, such as a company's CA. */
    public List<X509Certificate> caCertificates() {
        return caCertificates;
    }

    @Override
    public String toString() {
        return host + ":" + port + " " + security + (user == null ? "" : " as " + user
                + (password == null ? "" : " with a password")) + (allowInsecurePlain ? " (insecure plain allowed)" : "");
    }

    /** Collects {@link SmtpSettings}. */
    public static final class Builder {
        private final String host;
        private final int port;
        private Security security = Security.STARTTLS_REQUIRED;
        private boolean allowInsecurePlain;
        private String user;
        private char[] password;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration commandDeadline = Duration.ofMinutes(2);
        private Duration messageDeadline = Duration.ofMinutes(10);
        private SSLSocketFactory sslSocketFactory;
        private final List<X509Certificate> caCertificates = new ArrayList<>();

        private Builder(String host, int port) {
            if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ')) {
                throw new IllegalArgumentException("The SMTP host '" + host + "' is not a host name; give one such as"
                        + " mail.example.no");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The SMTP port " + port + " is not between 1 and 65535; 587 is"
                        + " usual for STARTTLS, 465 for SMTPS");
            }
            this.host = host;
            this.port = port;
        }

        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security, "The parameter 'security' must not be null");
            return this;
        }

        /** Allows {@link Security#PLAIN} to a host that is not a loopback address: letters cross the network readable. */
        public Builder allowInsecurePlain(boolean allow) {
            this.allowInsecurePlain = allow;
            return this;
        }

        /** Logs in with AUTH as {@code user}; the array is copied, so the caller may clear it. */
        public Builder login(String user, char[] password) {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("The SMTP user is missing; give the login name along with the"
                        + " password");
            }
            Objects.requireNonNull(password, "The parameter 'password' must not be null; read it with"
                    + " SmtpSettings.passwordFromEnvironment(\"FARVEL_SMTP_PASSWORD\")");
            this.user = user;
            this.password = password.clone();
            return this;
        }

        /** The timeouts for connecting, for each server reply and for each write; all must be positive. */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            this.connectTimeout = positive(connect, "connect");
            this.readTimeout = positive(read, "read");
            this.writeTimeout = positive(write, "write");
            return this;
        }

        /**
         * Deadlines besides the socket timeouts, which a server dripping one line at a time never reaches: one
         * complete reply may take at most {@code command}, one message from MAIL FROM to its final reply at most
         * {@code message}.
         */
        public Builder deadlines(Duration command, Duration message) {
            this.commandDeadline = positive(command, "command deadline");
            this.messageDeadline = positive(message, "message deadline");
            return this;
        }

        /**
         * Trusts the certificate authorities in {@code pemFile} (one or more PEM certificates, such as a company's own
         * CA) in addition to the JDK's trusted ones.
         *
         * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
         */
        public Builder caCertificates(Path pemFile) {
            Objects.requireNonNull(pemFile, "The parameter 'pemFile' must not be null");
            caCertificates.addAll(TrustedCertificates.readPem(pemFile));
            return this;
        }

        /** TLS sockets from this factory instead of the JDK's trust plus {@link #caCertificates}; for tests. */
        public Builder sslSocketFactory(SSLSocketFactory factory) {
            this.sslSocketFactory = factory;
            return this;
        }

        public SmtpSettings build() {
            return new SmtpSettings(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("The " + name + (name.contains("deadline") ? "" : " timeout")
                        + " must be positive and below 24 days, was "
                        + d + "; an infinite wait would hang the run");
            }
            return d;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmtpSettings s && host.equals(s.host) && port == s.port && security == s.security
                && allowInsecurePlain == s.allowInsecurePlain && Objects.equals(user, s.user)
                && Arrays.equals(password, s.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, security, user);
    }
}
