package no.farvel.docx.internal;

import java.time.LocalDate;

/**
 * Sets every entry of a ZIP archive to one modification time, in place. The ZIP library under POI stamps entries
 * with the clock; a fixed time makes the same letter give the same bytes.
 */
final class ZipEntryTimes {
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_FILE_HEADER = 0x04034b50;
    /** MS-DOS dates count from 1980; earlier dates cannot be written. */
    private static final LocalDate DOS_EPOCH = LocalDate.of(1980, 1, 1);

    private ZipEntryTimes() {
    }

    /** Stamps every entry of {@code zip} with midnight of {@code date} (1 January 1980 when null or earlier). */
    static void set(byte[] zip, LocalDate date) {
        LocalDate day = date == null || date.isBefore(DOS_EPOCH) ? DOS_EPOCH : date;
        int dosDate = (day.getYear() - 1980) << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
        int end = endOfCentralDirectory(zip);
        int entries = u16(zip, end + 10);
        int entry = (int) u32(zip, end + 16);
        for (int i = 0; i < entries; i++) {
            expect(zip, entry, CENTRAL_DIRECTORY_ENTRY, "central directory entry");
            stamp(zip, entry + 12, dosDate);
            int local = (int) u32(zip, entry + 42);
            expect(zip, local, LOCAL_FILE_HEADER, "local file header");
            stamp(zip, local + 10, dosDate);
            entry += 46 + u16(zip, entry + 28) + u16(zip, entry + 30) + u16(zip, entry + 32);
        }
    }

    private static int endOfCentralDirectory(byte[] zip) {
        // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xFFFF); at--) {
            if (u32(zip, at) == END_OF_CENTRAL_DIRECTORY) {
                return at;
            }
        }
        throw new IllegalStateException("Not a ZIP archive: no end of central directory record");
    }

    /** Time 00:00:00, then the date: two little-endian 16-bit fields. */
    private static void stamp(byte[] zip, int at, int dosDate) {
        zip[at] = 0;
        zip[at + 1] = 0;
        zip[at + 2] = (byte) dosDate;
        zip[at + 3] = (byte) (dosDate >>> 8);
    }

    private static void expect(byte[] zip, int at, int signature, String what) {
        if (at < 0 || at + 4 > zip.length || u32(zip, at) != signature) {
            throw new IllegalStateException("Not a ZIP archive POI writes: no " + what + " at offset " + at);
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
