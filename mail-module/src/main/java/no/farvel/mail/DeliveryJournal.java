package no.farvel.mail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery journal: an append-only JSON Lines file with one {@link JournalEntry} per step, each line forced to
 * disk before the step after it. An {@link DeliveryStatus#IN_FLIGHT} line goes before every final dot, so a message
 * whose fate a crash hid is known as in doubt rather than sent again. It is what lets a rerun send exactly the
 * messages not yet accepted. One run at a time: the file is locked while open, and never reached through a link.
 *
 * <pre>{"time":"2026-11-28T16:01:02.123Z","messageId":"&lt;termination.acme@nordlys.example&gt;",
 * "recipients":["post@acme.example"],"sha256":"9f2c...","sentSha256":"0b7e...","status":"ACCEPTED",
 * "reply":"250 OK","attempt":1}</pre>
 */
public final class DeliveryJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK_REFUSED = "The delivery journal %s is a symbolic link; Farvel does not follow"
            + " links out of the output folder. Remove the link, or send from a folder of your own";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final Map<String, DeliveryStatus> outcomes = new HashMap<>();
    private final Map<String, JournalEntry> last = new HashMap<>();
    private final Map<String, JournalEntry> accepted = new HashMap<>();

    private DeliveryJournal(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(LINK_REFUSED.formatted(file));
        }
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException(LINK_REFUSED.formatted(file), e);
            }
            throw e;
        }
        try {
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                held = null; // this JVM already has it open
            }
            this.lock = held;
            if (lock == null) {
                throw new IOException("The delivery journal " + file + " is in use by another run; wait for it to end");
            }
            load();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Opens (or creates) the journal at {@code file} and reads what earlier runs recorded. A last line cut short by a
     * crash is dropped, since its attempt was never confirmed; any other line that is not a journal entry is an error.
     */
    public static DeliveryJournal open(Path file) throws IOException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        return new DeliveryJournal(file);
    }

    public Path file() {
        return file;
    }

    /** Whether the server accepted the message in this or an earlier run. */
    public synchronized boolean isAccepted(String messageId) {
        return outcomes.get(messageId) == DeliveryStatus.ACCEPTED;
    }

    /**
     * Whether the message's fate is unknown: its last line is {@link DeliveryStatus#IN_FLIGHT} (the run died waiting
     * for the reply to its final dot) or {@link DeliveryStatus#IN_DOUBT}, and no line says it was accepted.
     */
    public synchronized boolean isInDoubt(String messageId) {
        DeliveryStatus status = outcomes.get(messageId);
        return status == DeliveryStatus.IN_FLIGHT || status == DeliveryStatus.IN_DOUBT;
    }

    /** The line that recorded the message as accepted, the latest if it was accepted more than once. */
    public synchronized Optional<JournalEntry> acceptance(String messageId) {
        return Optional.ofNullable(accepted.get(messageId));
    }

    /**
     * What is known of the message: ACCEPTED once accepted; otherwise the status of its last step, IN_FLIGHT
     * included. Dry runs leave it unchanged.
     */
    public synchronized Optional<DeliveryStatus> outcome(String messageId) {
        return Optional.ofNullable(outcomes.get(messageId));
    }

    /** The last attempt recorded for the message, dry runs included. */
    public synchronized Optional<JournalEntry> lastEntry(String messageId) {
        return Optional.ofNullable(last.get(messageId));
    }

    /** Every entry, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** Appends the entry and forces it to disk before returning. */
    public synchronized void append(JournalEntry entry) throws IOException {
        Objects.requireNonNull(entry, "The parameter 'entry' must not be null");
        ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(toJson(entry)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        channel.position(channel.size());
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(true);
        remember(entry);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private void load() throws IOException {
        long size = channel.size();
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
        channel.position(0);
        while (all.hasRemaining() && channel.read(all) >= 0) {
            // read until full
        }
        String text = new String(all.array(), StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        if (complete < text.length()) {
            // A crash mid-write leaves a line without its newline; it was never fsynced, so its attempt is unknown.
            channel.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
            channel.force(true);
        }
        String[] lines = text.substring(0, complete).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                remember(fromJson(JSON.readTree(lines[i])));
            } catch (JacksonException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                throw new IOException("The delivery journal " + file + " has a damaged line " + (i + 1) + ": "
                        + e.getMessage() + ". Fix or remove that line; every other line must be a journal entry", e);
            }
        }
    }

    private void remember(JournalEntry entry) {
        entries.add(entry);
        last.put(entry.messageId(), entry);
        if (entry.status() == DeliveryStatus.ACCEPTED) {
            accepted.put(entry.messageId(), entry);
        }
        if (entry.status() != DeliveryStatus.DRY_RUN && outcomes.get(entry.messageId()) != DeliveryStatus.ACCEPTED) {
            outcomes.put(entry.messageId(), entry.status());
        }
    }

    private static ObjectNode toJson(JournalEntry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", e.time().toString());
        node.put("messageId", e.messageId());
        ArrayNode recipients = node.putArray("recipients");
        e.recipients().forEach(recipients::add);
        node.put("sha256", e.sha256());
        if (e.sentSha256() != null) {
            node.put("sentSha256", e.sentSha256());
        }
        node.put("status", e.status().name());
        node.put("reply", e.reply());
        node.put("attempt", e.attempt());
        return node;
    }

    private static JournalEntry fromJson(JsonNode node) {
        List<String> recipients = new ArrayList<>();
        node.required("recipients").forEach(r -> recipients.add(r.asText()));
        return new JournalEntry(Instant.parse(node.required("time").asText()), node.required("messageId").asText(),
                recipients, node.path("sha256").asText(null), node.path("sentSha256").asText(null),
                DeliveryStatus.valueOf(node.required("status").asText()),
                node.path("reply").asText(null), node.path("attempt").asInt(0));
    }
}
