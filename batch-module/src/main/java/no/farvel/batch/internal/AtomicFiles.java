package no.farvel.batch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.farvel.batch.WrittenFile;
import no.farvel.core.digest.Sha256;

/**
 * Writes files so that each appears whole or not at all: to a new temporary name in the same folder, synced to disk,
 * then renamed into place in one step, which replaces whatever was there (a link or FIFO included) without opening
 * it.
 */
public final class AtomicFiles {
    /** How temporary files end; a run cleans up the ones a killed run left in a record's folder. */
    public static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes several files into {@code folder}: all to temporary names and synced, then renamed into place, then the
     * folder is synced once. Returns each file's name, hash and size in the order of {@code files}.
     */
    public static List<WrittenFile> writeAll(SafeDir folder, Map<String, byte[]> files) throws IOException {
        Map<String, String> renames = new LinkedHashMap<>();
        List<WrittenFile> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String temporary = "." + file.getKey() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX;
                renames.put(temporary, file.getKey());
                try (FileChannel channel = folder.create(temporary)) {
                    ByteBuffer buffer = ByteBuffer.wrap(file.getValue());
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                written.add(new WrittenFile(file.getKey(), Sha256.hex(file.getValue()), file.getValue().length));
            }
            for (Map.Entry<String, String> rename : renames.entrySet()) {
                folder.rename(rename.getKey(), rename.getValue());
            }
        } finally {
            for (String temporary : renames.keySet()) {
                folder.delete(temporary);
            }
        }
        folder.sync();
        return written;
    }

    /**
     * Removes the temporary files a killed run left: regular files and links whose names end in {@code .tmp}; a
     * folder of that name is left alone.
     */
    public static void removeTemporaryFiles(SafeDir folder) throws IOException {
        for (String name : folder.names()) {
            if (name.endsWith(TEMPORARY_SUFFIX)) {
                BasicFileAttributes attributes = folder.attributes(name);
                if (attributes != null && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
                    folder.delete(name);
                }
            }
        }
    }
}
