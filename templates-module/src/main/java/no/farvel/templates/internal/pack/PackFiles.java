package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;

/**
 * The size limits of pack files, shared by every kind of pack source: one file, a text file, and the pack as a
 * whole. Thread-safe.
 */
public final class PackFiles {
    private final String pack;
    private final PackLimits limits;
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    public PackFiles(String pack, PackLimits limits) {
        this.pack = pack;
        this.limits = limits;
    }

    public PackLimits limits() {
        return limits;
    }

    /** Refuses a file whose size, as its directory entry or file system says, is over {@code fileSize}. */
    public void checkSize(String path, long size) {
        if (size > limits.fileSize()) {
            throw tooLarge(pack, path, "is " + PackLimits.bytes(size), limits.fileSize(), "fileSize");
        }
    }

    /**
     * Reads at most {@code fileSize} bytes, so a file that lies about its size (a zip bomb) is cut off, and counts
     * the file towards the pack's total.
     */
    public byte[] read(String path, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileSize() + 1));
        if (bytes.length > limits.fileSize()) {
            throw tooLarge(pack, path, "is larger", limits.fileSize(), "fileSize");
        }
        if (sizes.putIfAbsent(path, (long) bytes.length) == null
                && total.addAndGet(bytes.length) > limits.packSize()) {
            throw new LimitExceededException("packSize", "Pack '" + pack + "': with '" + path + "' its files add up "
                    + "to more than the limit of " + PackLimits.bytes(limits.packSize()) + " (packSize); "
                    + PackLimits.howToRaise("packSize"));
        }
        return bytes;
    }

    /**
     * A text file of the pack (manifest, template, messages, tone rules, sample) as UTF-8, refused when it is over
     * {@code textFileSize}.
     */
    public static String text(PackResources resources, String path, PackLimits limits) throws IOException {
        byte[] bytes = resources.read(path);
        if (bytes.length > limits.textFileSize()) {
            throw tooLarge(resources.name(), path, "is " + PackLimits.bytes(bytes.length), limits.textFileSize(),
                    "textFileSize");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A pack file read whole, refused when it is over {@code fileSize} whatever source of pack files it comes from,
     * such as a Word letter before it is unpacked.
     */
    public static byte[] binary(PackResources resources, String path, PackLimits limits) throws IOException {
        byte[] bytes = resources.read(path);
        if (bytes.length > limits.fileSize()) {
            throw tooLarge(resources.name(), path, "is " + PackLimits.bytes(bytes.length), limits.fileSize(),
                    "fileSize");
        }
        return bytes;
    }

    static LimitExceededException tooLarge(String pack, String path, String size, long limit, String name) {
        return new LimitExceededException(name, "Pack '" + pack + "': '" + path + "' " + size + ", larger than the "
                + "limit of " + PackLimits.bytes(limit) + " for " + ("textFileSize".equals(name) ? "a text file"
                : "a pack file") + " (" + name + "); " + PackLimits.howToRaise(name));
    }
}
