package no.farvel.docx.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A part of a Word package deflated as a ZIP entry holds it, with what the entry's headers state about it. A part that
 * every letter of a pack shares is deflated once and copied into each letter's archive as it is.
 *
 * @param name the entry's name, such as {@code word/styles.xml}
 * @param crc the CRC-32 of the content
 * @param size the content's length in bytes
 * @param deflated the content, deflated without a zlib header, as ZIP's method 8 stores it
 */
record DeflatedPart(String name, int crc, int size, byte[] deflated) {
    /** Deflates {@code content} with {@code deflater}, which is reset first and left for the next part. */
    static DeflatedPart of(String name, byte[] content, Deflater deflater) {
        CRC32 crc = new CRC32();
        crc.update(content);
        deflater.reset();
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return new DeflatedPart(name, (int) crc.getValue(), content.length, out.toByteArray());
    }

    /** Deflates {@code content} once, for a part that many letters share. */
    static DeflatedPart of(String name, byte[] content) {
        Deflater deflater = new Deflater(LetterZip.LEVEL, true);
        try {
            return of(name, content, deflater);
        } finally {
            deflater.end();
        }
    }
}
