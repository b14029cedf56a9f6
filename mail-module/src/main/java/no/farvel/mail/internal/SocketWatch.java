package no.farvel.mail.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The TCP socket under one SMTP connection, kept from the moment Angus Mail makes it through the factories here, so
 * that a deadline can close it: closing is the only way to end a read or a write that a dripping or stalled server
 * keeps blocked, however often it sends a little.
 */
final class SocketWatch {
    private final SSLSocketFactory tls;
    private final Duration handshakeDeadline;
    private volatile Socket socket;
    private volatile String expired;
    private ScheduledFuture<?> alarm;

    /**
     * A watch for one connection.
     *
     * @param tls the factory whose TLS sockets carry the connection, or null for plain SMTP
     * @param handshakeDeadline the longest a TLS handshake may take
     */
    SocketWatch(SSLSocketFactory tls, Duration handshakeDeadline) {
        this.tls = tls;
        this.handshakeDeadline = handshakeDeadline;
    }

    /** For {@code mail.smtp.socketFactory}: plain sockets, each kept. */
    SocketFactory plainSockets() {
        return new Plain();
    }

    /** For {@code mail.smtp.ssl.socketFactory}: TLS sockets over a kept socket, each handshake under the deadline. */
    SSLSocketFactory tlsSockets() {
        return new Tls();
    }

    /** Closes the socket after {@code delay} unless {@link #disarm()} or another {@code arm} comes first. */
    void arm(Duration delay, String why) {
        disarm();
        alarm = after(delay, why);
    }

    void disarm() {
        if (alarm != null) {
            alarm.cancel(false);
            alarm = null;
        }
    }

    /** Closes the socket after {@code delay} unless the returned handle is cancelled first; independent of arm. */
    ScheduledFuture<?> after(Duration delay, String why) {
        return Watchdog.after(delay, () -> {
            if (expired == null) { // the first deadline to pass is what broke the connection
                expired = why;
            }
            close();
        });
    }

    /** Why a deadline closed the socket, or null. */
    String expired() {
        return expired;
    }

    /** Whether the connection can still carry something. */
    boolean isOpen() {
        Socket s = socket;
        return s != null && !s.isClosed() && expired == null;
    }

    /** An address literal of our end of the connection, or null before it is connected. */
    String localAddressLiteral() {
        Socket s = socket;
        InetAddress local = s == null || !s.isBound() ? null : s.getLocalAddress();
        if (local == null) {
            return null;
        }
        return local instanceof Inet6Address ? "[IPv6:" + local.getHostAddress() + "]"
                : "[" + local.getHostAddress() + "]";
    }

    void close() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Nothing more to do with it.
            }
        }
    }

    private Socket keep(Socket s) {
        socket = s;
        return s;
    }

    /** Angus asks a plain factory only for an unconnected socket; the other forms are here for completeness. */
    private final class Plain extends SocketFactory {
        @Override
        public Socket createSocket() {
            return keep(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return keep(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return keep(new Socket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return keep(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return keep(new Socket(address, port, localAddress, localPort));
        }
    }

    /** Angus layers TLS over a socket it connected (STARTTLS, and SMTPS too); the handshake follows at once. */
    private final class Tls extends SSLSocketFactory {
        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            if (socket == null) {
                socket = s;
            }
            arm(handshakeDeadline, "the TLS handshake took longer than the " + Watchdog.seconds(handshakeDeadline)
                    + " command deadline");
            return tls.createSocket(s, host, port, autoClose);
        }

        @Override
        public Socket createSocket() throws IOException {
            return keep(tls.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return keep(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return keep(tls.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return keep(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return keep(tls.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
