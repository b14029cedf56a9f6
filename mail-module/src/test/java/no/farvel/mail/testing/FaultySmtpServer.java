package no.farvel.mail.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.core.digest.Sha256;

/**
 * A small SMTP server on a raw loopback socket that misbehaves on cue: at any stage of any connection or message it
 * can close the connection, answer with a chosen reply, drip continuation lines for ever, or wait before answering.
 * It keeps every message whose final dot it read, so a test can count deliveries and duplicates.
 */
public final class FaultySmtpServer implements AutoCloseable {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    /** Where in the conversation the server acts. */
    public enum Stage { GREETING, EHLO, MAIL, RCPT, DATA, CONTENT, END_OF_DATA }

    /** What the server does instead of answering normally. */
    public sealed interface Act permits Close, Reply, Drip, Delay {
    }

    /** Closes the connection without a reply (at CONTENT: after reading a little of the message, with a reset). */
    public record Close() implements Act {
    }

    /** Answers with this reply line, such as {@code 451 4.3.0 Try again later}. */
    public record Reply(String line) implements Act {
    }

    /** Sends a continuation line every {@code every} and never finishes the reply. */
    public record Drip(Duration every) implements Act {
    }

    /** Waits, then answers normally. */
    public record Delay(Duration pause) implements Act {
    }

    /** Decides what happens at a stage of connection {@code connection} and message {@code message} (1-based). */
    @FunctionalInterface
    public interface Script {
        /** The act, or null to answer normally. */
        Act at(Stage stage, int connection, int message);
    }

    /**
     * A message whose final dot the server read.
     *
     * @param messageId its Message-ID
     * @param recipients the envelope recipients (RCPT TO)
     * @param bytes the data as sent, dot-stuffing undone, without the final dot line
     * @param answered whether the server then answered 250
     */
    public record Received(String messageId, List<String> recipients, byte[] bytes, boolean answered) {
        public String sha256() {
            return Sha256.hex(bytes);
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final Script script;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger dots = new AtomicInteger();

    private FaultySmtpServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket();
        // A small window makes a server that stops reading stop the client's writes soon.
        server.setReceiveBufferSize(4096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "faulty-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that follows {@code script}. */
    public static FaultySmtpServer start(Script script) throws IOException {
        return new FaultySmtpServer(script);
    }

    /** A script that acts only at {@code stage} of the first connection. */
    public static Script once(Stage stage, Act act) {
        return (s, connection, message) -> s == stage && connection == 1 ? act : null;
    }

    /** A script that acts at {@code stage} every time. */
    public static Script always(Stage stage, Act act) {
        return (s, connection, message) -> s == stage ? act : null;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every message whose final dot arrived and was not refused, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Messages the server got (final dot read, not refused) that it had already got before under the same id. */
    public int duplicates() {
        HashSet<String> ids = new HashSet<>();
        int duplicates = 0;
        for (Received r : received) {
            if (!ids.add(r.messageId())) {
                duplicates++;
            }
        }
        return duplicates;
    }

    public int connections() {
        return connections.get();
    }

    /** Waits until the server has read {@code count} final dots in all. */
    public boolean awaitDots(int count, Duration timeout) throws InterruptedException {
        return await(dots, count, timeout);
    }

    /** Waits until the server has read {@code count} MAIL FROM commands in all. */
    public boolean awaitMessages(int count, Duration timeout) throws InterruptedException {
        return await(messages, count, timeout);
    }

    private static boolean await(AtomicInteger counter, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (counter.get() < count) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                int number = connections.incrementAndGet();
                Thread thread = new Thread(() -> converse(socket, number), "faulty-smtp-" + number);
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket, int connection) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            int message = messages.get() + 1;
            List<String> recipients = new ArrayList<>();
            if (!act(Stage.GREETING, connection, message, out, "220 faulty.example ESMTP")) {
                return;
            }
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                boolean goOn = switch (verb) {
                    case "EHLO", "HELO" -> act(Stage.EHLO, connection, message, out,
                            "250-faulty.example\r\n250-SIZE 52428800\r\n250 8BITMIME");
                    case "MAIL" -> {
                        message = messages.incrementAndGet();
                        recipients.clear();
                        yield act(Stage.MAIL, connection, message, out, "250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:<([^>]*)>.*$", "$1"));
                        yield act(Stage.RCPT, connection, message, out, "250 2.1.5 Ok");
                    }
                    case "DATA" -> act(Stage.DATA, connection, message, out, "354 End data with <CR><LF>.<CR><LF>")
                            && data(socket, in, out, connection, message, List.copyOf(recipients));
                    case "RSET" -> say(out, "250 2.0.0 Ok");
                    case "NOOP" -> say(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        yield false;
                    }
                    default -> say(out, "502 5.5.2 Error: command not recognized");
                };
                if (!goOn) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away; that is what many of these tests are about.
        }
    }

    private boolean data(Socket socket, InputStream in, OutputStream out, int connection, int message,
                         List<String> recipients) throws IOException {
        Act atContent = script.at(Stage.CONTENT, connection, message);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(in);
            if (line == null) {
                return false;
            }
            if (atContent instanceof Close && data.size() > 1000) {
                socket.setSoLinger(true, 0); // a reset, as a crashing server gives
                return false;
            }
            if (line.equals(".")) {
                break;
            }
            data.write((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
            data.write('\r');
            data.write('\n');
        }
        dots.incrementAndGet();
        byte[] bytes = data.toByteArray();
        Matcher id = MESSAGE_ID.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        String messageId = id.find() ? id.group(1) : "";
        Act act = script.at(Stage.END_OF_DATA, connection, message);
        if (act instanceof Reply reply && !reply.line().startsWith("2")) {
            return say(out, reply.line());
        }
        int index = received.size();
        received.add(new Received(messageId, recipients, bytes, false));
        boolean goOn = act(Stage.END_OF_DATA, connection, message, out, "250 2.0.0 Ok: queued as " + message);
        if (goOn) {
            received.set(index, new Received(messageId, recipients, bytes, true));
        }
        return goOn;
    }

    /** Does what the script says at this stage, or answers {@code normal}; false when the connection is over. */
    private boolean act(Stage stage, int connection, int message, OutputStream out, String normal)
            throws IOException {
        Act act = script.at(stage, connection, message);
        if (act == null) {
            return say(out, normal);
        }
        if (act instanceof Close) {
            return false;
        }
        if (act instanceof Reply reply) {
            say(out, reply.line());
            return !reply.line().startsWith("421");
        }
        if (act instanceof Delay delay) {
            sleep(delay.pause());
            return say(out, normal);
        }
        Drip drip = (Drip) act;
        String code = normal.substring(0, 3);
        while (true) {
            out.write((code + "-please wait\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(drip.every());
        }
    }

    private static boolean say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lines of a list of messages' ids, for assertions that read well. */
    public static List<String> ids(List<Received> messages) {
        List<String> ids = new ArrayList<>();
        messages.forEach(m -> ids.add(m.messageId()));
        return ids;
    }
}
