package no.farvel.mail.testing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An embedded SubEthaSMTP server on a free loopback port: optionally with STARTTLS (required), optionally answering
 * 451 to the first messages, and refusing any recipient whose address starts with {@code gone}.
 */
public final class SubethaServer implements AutoCloseable {
    private final SMTPServer server;
    private final List<MimeMessage> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft;

    private SubethaServer(boolean startTls, int transientRefusals) {
        this.refusalsLeft = new AtomicInteger(transientRefusals);
        SMTPServer.Builder builder = SMTPServer.port(0)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .messageHandlerFactory(context -> new org.subethamail.smtp.MessageHandler() {
                    @Override
                    public void from(String from) {
                    }

                    @Override
                    public void recipient(String recipient) throws RejectException {
                        if (recipient.startsWith("gone")) {
                            throw new RejectException(550, "5.1.1 <" + recipient + ">: mailbox unavailable");
                        }
                    }

                    @Override
                    public String data(java.io.InputStream data) throws RejectException, java.io.IOException {
                        byte[] bytes = data.readAllBytes();
                        if (refusalsLeft.getAndDecrement() > 0) {
                            throw new RejectException(451, "4.3.0 Try again later");
                        }
                        try {
                            received.add(new MimeMessage(Session.getInstance(new Properties()),
                                    new ByteArrayInputStream(bytes)));
                        } catch (jakarta.mail.MessagingException e) {
                            throw new RejectException(554, "5.6.0 unreadable: " + e.getMessage());
                        }
                        return null;
                    }

                    @Override
                    public void done() {
                    }
                });
        if (startTls) {
            builder.enableTLS().requireTLS().startTlsSocketFactory(TestCertificate.get().serverContext());
        }
        this.server = builder.build();
        server.start();
    }

    /** A plain server that does not offer STARTTLS. */
    public static SubethaServer plain() {
        return new SubethaServer(false, 0);
    }

    /** A server that requires STARTTLS with the test certificate. */
    public static SubethaServer startTls() {
        return new SubethaServer(true, 0);
    }

    /** A plain server that answers 451 to the first {@code refusals} messages. */
    public static SubethaServer refusingFirst(int refusals) {
        return new SubethaServer(false, refusals);
    }

    public int port() {
        return server.getPortAllocated();
    }

    public List<MimeMessage> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop();
    }
}
