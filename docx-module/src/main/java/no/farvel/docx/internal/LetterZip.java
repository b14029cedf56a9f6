package no.farvel.docx.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;

/**
 * Writes a ZIP archive of deflated parts with every entry dated midnight of the letter's date, so that the same
 * letter gives the same bytes. It copies parts deflated beforehand, which {@link java.util.zip.ZipOutputStream}
 * cannot: it deflates everything it is given.
 */
final class LetterZip {
    /** The deflate level of every part; zlib's default, as POI used. */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private static final int LOCAL_FILE_HEADER = 0x04034b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** ZIP 2.0, the first version with deflate. */
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;
    /** MS-DOS dates count from 1980 in seven bits; other dates cannot be written. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2107, 12, 31);

    private final int dosDate;
    private final ByteArrayOutputStream archive = new ByteArrayOutputStream(16 * 1024);
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream(1024);
    private int entries;

    /** An archive whose entries are dated midnight of {@code date} (1 January 1980 when null or earlier). */
    LetterZip(LocalDate date) {
        LocalDate day = date == null || date.isBefore(FIRST_DATE) ? FIRST_DATE
            : date.isAfter(LAST_DATE) ? LAST_DATE : date;
        dosDate = (day.getYear() - 1980) << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
    }

    /** Appends the part as the next entry. */
    void add(DeflatedPart part) {
        byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
        int offset = archive.size();
        u32(archive, LOCAL_FILE_HEADER);
        u16(archive, VERSION);
        entry(archive, part, name);
        archive.writeBytes(name);
        archive.writeBytes(part.deflated());

        u32(directory, CENTRAL_DIRECTORY_ENTRY);
        u16(directory, VERSION);
        u16(directory, VERSION);
        entry(directory, part, name);
        u16(directory, 0); // comment length
        u16(directory, 0); // disk number
        u16(directory, 0); // internal attributes
        u32(directory, 0); // external attributes
        u32(directory, offset);
        directory.writeBytes(name);
        entries++;
    }

    /** The archive: the entries added, then the central directory that lists them. */
    byte[] toByteArray() {
        int start = archive.size();
        archive.writeBytes(directory.toByteArray());
        u32(archive, END_OF_CENTRAL_DIRECTORY);
        u16(archive, 0); // this disk
        u16(archive, 0); // the disk where the directory starts
        u16(archive, entries);
        u16(archive, entries);
        u32(archive, directory.size());
        u32(archive, start);
        u16(archive, 0); // comment length
        return archive.toByteArray();
    }

    /** The fields the local header and the directory entry share, from the flags to the extra field's length. */
    private void entry(ByteArrayOutputStream out, DeflatedPart part, byte[] name) {
        u16(out, 0); // flags: the sizes are known up front, so no data descriptor follows
        u16(out, DEFLATED);
        u16(out, 0); // time 00:00:00
        u16(out, dosDate);
        u32(out, part.crc());
        u32(out, part.deflated().length);
        u32(out, part.size());
        u16(out, name.length);
        u16(out, 0); // extra field length
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
    }

    private static void u32(ByteArrayOutputStream out, int value) {
        u16(out, value);
        u16(out, value >>> 16);
    }
}
