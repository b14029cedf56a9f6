package no.farvel.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a ZIP archive of deflated parts with every entry dated midnight of the letter's date, so that the same
 * letter gives the same bytes. It copies parts deflated beforehand ({@link ZipArchiveOutputStream#addRawArchiveEntry}),
 * which {@link java.util.zip.ZipOutputStream} cannot: it deflates everything it is given.
 */
final class LetterZip {
    /** The deflate level of every part; zlib's default, as POI used. */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    /** MS-DOS dates count from 1980 in seven bits; other dates cannot be written. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2107, 12, 31);

    private final long time;
    private final ByteArrayOutputStream archive = new ByteArrayOutputStream(16 * 1024);
    private final ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive);

    /** An archive whose entries are dated midnight of {@code date} (1 January 1980 when null or earlier). */
    LetterZip(LocalDate date) {
        LocalDate day = date == null || date.isBefore(FIRST_DATE) ? FIRST_DATE
            : date.isAfter(LAST_DATE) ? LAST_DATE : date;
        // A ZIP entry's MS-DOS time has no zone; the library writes local time, so midnight here is midnight there.
        time = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        zip.setUseZip64(Zip64Mode.Never);
    }

    /** Appends the part as the next entry. */
    void add(DeflatedPart part) {
        ZipArchiveEntry entry = new ZipArchiveEntry(part.name());
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(time);
        entry.setCrc(Integer.toUnsignedLong(part.crc()));
        entry.setSize(part.size());
        entry.setCompressedSize(part.deflated().length);
        try {
            zip.addRawArchiveEntry(entry, new ByteArrayInputStream(part.deflated()));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
    }

    /** The archive: the entries added, then the central directory that lists them. */
    byte[] toByteArray() {
        try {
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return archive.toByteArray();
    }
}
