package no.farvel.templates.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of the built-in pack in a folder, for tests to spoil one way at a time; and the hostile files they plant in
 * it, generated small (a 7000 × 7000 PNG of 190 KB, a sparse 1 GB font) rather than checked in.
 */
public final class HostilePack {
    private static final String DEFAULT = "no/farvel/templates/packs/default/";
    public static final String REGULAR_FONT = "fonts/LiberationSans-Regular.ttf";

    private final Path root;

    private HostilePack(Path root) {
        this.root = root;
    }

    /** Copies the built-in pack into {@code root}. */
    public static HostilePack copyOfDefault(Path root) throws IOException {
        Files.createDirectories(root.resolve("fonts"));
        for (String file : TestRepository.PACK_FILES) {
            Files.write(root.resolve(file), defaultFile(file));
        }
        return new HostilePack(root);
    }

    /** A file of the built-in pack. */
    public static byte[] defaultFile(String file) throws IOException {
        try (InputStream in = HostilePack.class.getClassLoader().getResourceAsStream(DEFAULT + file)) {
            return in.readAllBytes();
        }
    }

    public Path root() {
        return root;
    }

    /** Replaces text in a pack file; fails when the text is not there, so a case cannot silently test nothing. */
    public HostilePack replace(String file, String from, String to) throws IOException {
        String text = Files.readString(root.resolve(file));
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(root.resolve(file), text.replace(from, to));
        return this;
    }

    /** Puts {@code text} first in the letter's body, after the heading. */
    public HostilePack inLetter(String text) throws IOException {
        return replace("letter.ftlh", "<h1>${title}</h1>", "<h1>${title}</h1>" + text);
    }

    /** Adds a manifest field after {@code "images": {}}, such as {@code "toneRules": {...}}. */
    public HostilePack inManifest(String field) throws IOException {
        return replace("farvel-pack.json", "\"images\": {}", "\"images\": {}, " + field);
    }

    public HostilePack write(String file, byte[] bytes) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.write(root.resolve(file), bytes);
        return this;
    }

    public HostilePack write(String file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every regular file of the pack in a zip, in the order of their paths. */
    public Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
             Stream<Path> files = Files.walk(root)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A zip of the built-in pack with more entries: {@code name -> bytes}, written as given (even {@code ../x}). */
    public static Path zipWith(Path file, List<ZipEntryBytes> extra) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : TestRepository.PACK_FILES) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(defaultFile(name));
                zip.closeEntry();
            }
            for (ZipEntryBytes entry : extra) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                entry.writeTo(zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An entry for {@link #zipWith}: a name and what to write, streamed so a bomb never sits in memory. */
    public record ZipEntryBytes(String name, long zeros, byte[] bytes) {
        public static ZipEntryBytes of(String name, String text) {
            return new ZipEntryBytes(name, 0, text.getBytes(StandardCharsets.UTF_8));
        }

        public static ZipEntryBytes zeros(String name, long count) {
            return new ZipEntryBytes(name, count, new byte[0]);
        }

        /** Writes the entry's content. */
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
            byte[] block = new byte[64 * 1024];
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    /**
     * A valid PNG of {@code width} × {@code height} RGBA pixels, all transparent: 7000 × 7000 is 196 MB decoded and
     * about 190 KB on disk. Written row by row, so the test never holds the pixels.
     */
    public static byte[] hugePng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + 4 * width];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** The regular face of the built-in font with the length of table {@code tag} set to {@code length}. */
    public static byte[] fontWithTableLength(String tag, long length) throws IOException {
        byte[] font = defaultFile(REGULAR_FONT);
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(font, entry, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
                buffer.putInt(entry + 12, (int) length);
                return font;
            }
        }
        throw new IllegalStateException("The built-in font has no '" + tag + "' table");
    }

    /** A file of {@code size} bytes that takes no room on disk (a hole), such as a "1 GB font". */
    public static void sparseFile(Path file, long size) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
    }
}
