package no.farvel.templates.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of a TrueType font file, checked before OpenPDF parses it: OpenPDF believes the lengths and counts a
 * font states, so a table that claims a gigabyte, glyph offsets that point past the glyphs, or character maps whose
 * ranges overlap a billion times exhaust memory or run for hours. A font passes when its table directory and every
 * table OpenPDF reads are consistent with the file's real size.
 */
public final class TrueTypeFile {
    /** The tables a font needs for OpenPDF to measure, subset and embed it in a PDF. */
    static final List<String> REQUIRED = List.of("head", "hhea", "hmtx", "maxp", "cmap", "name", "post", "OS/2",
            "glyf", "loca");
    private static final int MAX_TABLES = 64;
    private static final int UNICODE_CODE_POINTS = 0x110000;

    private final byte[] font;
    private final Map<String, long[]> tables = new HashMap<>();

    private TrueTypeFile(byte[] font) {
        this.font = font;
    }

    /** What is wrong with the font, such as {@code is not a TrueType font (.ttf)}; null when nothing is. */
    public static String problem(byte[] font) {
        try {
            new TrueTypeFile(font).check();
            return null;
        } catch (Unsound e) {
            return e.getMessage();
        }
    }

    private void check() {
        if (font.length < 4) {
            throw fail("is not a TrueType font (.ttf)");
        }
        long version = u32(0);
        if (version == tag("OTTO")) {
            throw fail("is an OpenType font with PostScript (CFF) outlines; use a TrueType font (.ttf)");
        }
        if (version == tag("ttcf")) {
            throw fail("is a font collection (.ttc); use a single TrueType font (.ttf)");
        }
        if (version != 0x00010000L && version != tag("true")) {
            throw fail("is not a TrueType font (.ttf)");
        }
        if (font.length < 12) {
            throw fail("is cut short (" + font.length + " bytes)");
        }
        directory();
        for (String table : REQUIRED) {
            if (!tables.containsKey(table)) {
                throw fail("has no '" + table + "' table, which a PDF needs to embed the font");
            }
        }
        int numGlyphs = maxp();
        int locaFormat = head();
        hmetrics(numGlyphs);
        glyphOffsets(numGlyphs, locaFormat);
        characterMaps();
        kerning();
    }

    private void directory() {
        int count = u16(4);
        if (count == 0 || count > MAX_TABLES) {
            throw fail("has a table directory that claims " + count + " tables");
        }
        if (12L + 16L * count > font.length) {
            throw fail("is cut short: its table directory of " + count + " tables does not fit in "
                    + font.length + " bytes");
        }
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, StandardCharsets.ISO_8859_1);
            long offset = u32(entry + 8);
            long length = u32(entry + 12);
            if (offset + length > font.length) {
                throw fail("has a '" + tag.strip() + "' table that claims " + length + " bytes at offset " + offset
                        + ", beyond the end of the file (" + font.length + " bytes): the file is damaged or made to "
                        + "exhaust memory");
            }
            if (tables.put(tag, new long[] {offset, length}) != null) {
                throw fail("has the '" + tag.strip() + "' table twice");
            }
        }
    }

    private int maxp() {
        requireLength("maxp", 6);
        int numGlyphs = u16(start("maxp") + 4);
        if (numGlyphs == 0) {
            throw fail("has no glyphs ('maxp' says 0)");
        }
        return numGlyphs;
    }

    private int head() {
        requireLength("head", 54);
        int head = start("head");
        if (u32(head + 12) != 0x5F0F3CF5L) {
            throw fail("has a 'head' table without the TrueType magic number");
        }
        int unitsPerEm = u16(head + 18);
        if (unitsPerEm < 16 || unitsPerEm > 16384) {
            throw fail("has " + unitsPerEm + " units per em; TrueType allows 16 to 16384");
        }
        int locaFormat = (short) u16(head + 50);
        if (locaFormat != 0 && locaFormat != 1) {
            throw fail("has an unknown glyph offset format " + locaFormat + " in its 'head' table");
        }
        return locaFormat;
    }

    private void hmetrics(int numGlyphs) {
        requireLength("hhea", 36);
        int metrics = u16(start("hhea") + 34);
        if (metrics == 0 || metrics > numGlyphs) {
            throw fail("has " + metrics + " horizontal metrics for " + numGlyphs + " glyphs");
        }
        requireLength("hmtx", 4L * metrics);
    }

    /** Each glyph's offset must follow the one before and stay inside 'glyf'. */
    private void glyphOffsets(int numGlyphs, int locaFormat) {
        int size = locaFormat == 0 ? 2 : 4;
        requireLength("loca", (long) (numGlyphs + 1) * size);
        long glyf = tables.get("glyf")[1];
        int loca = start("loca");
        long previous = 0;
        for (int i = 0; i <= numGlyphs; i++) {
            long offset = size == 2 ? 2L * u16(loca + 2 * i) : u32(loca + 4 * i);
            if (offset < previous || offset > glyf) {
                throw fail("has a glyph offset (glyph " + i + ": " + offset + ") outside its 'glyf' table of "
                        + glyf + " bytes, or before the glyph ahead of it");
            }
            previous = offset;
        }
    }

    private void characterMaps() {
        requireLength("cmap", 4);
        int cmap = start("cmap");
        long cmapLength = tables.get("cmap")[1];
        int count = u16(cmap + 2);
        requireLength("cmap", 4L + 8L * count);
        for (int i = 0; i < count; i++) {
            long offset = u32(cmap + 4 + 8 * i + 4);
            if (offset + 4 > cmapLength) {
                throw fail("has a character map outside its 'cmap' table");
            }
            characterMap(cmap + (int) offset, cmapLength - offset);
        }
    }

    /** The formats OpenPDF loops over: their ranges must not overlap, so each code point is read once. */
    private void characterMap(int at, long room) {
        int format = u16(at);
        long length = switch (format) {
            case 0, 2, 4, 6 -> u16(at + 2);
            case 14 -> u32(at + 2);
            default -> room >= 8 ? u32(at + 4) : Long.MAX_VALUE;
        };
        if (length > room) {
            throw fail("has a character map (format " + format + ") longer than its 'cmap' table");
        }
        if (format == 4) {
            format4(at, length);
        } else if (format == 12) {
            format12(at, length);
        } else if (format == 14) {
            format14(at, length);
        }
    }

    private void format4(int at, long length) {
        int segCount = u16(at + 6) / 2;
        if (16L + 8L * segCount > length) {
            throw fail("has a character map (format 4) whose " + segCount + " segments do not fit in it");
        }
        int previousEnd = -1;
        for (int i = 0; i < segCount; i++) {
            int end = u16(at + 14 + 2 * i);
            int start = u16(at + 16 + 2 * segCount + 2 * i);
            if (start > end || start <= previousEnd) {
                throw fail("has a character map (format 4) with overlapping or unordered segments");
            }
            previousEnd = end;
        }
    }

    private void format12(int at, long length) {
        requireRoom(at, 16);
        long groups = u32(at + 12);
        if (16 + 12 * groups > length) {
            throw fail("has a character map (format 12) whose " + groups + " groups do not fit in it");
        }
        long previousEnd = -1;
        for (int i = 0; i < groups; i++) {
            long start = u32(at + 16 + 12 * i);
            long end = u32(at + 20 + 12 * i);
            if (start > end || start <= previousEnd || end >= UNICODE_CODE_POINTS) {
                throw fail("has a character map (format 12) with overlapping, unordered or non-Unicode groups");
            }
            previousEnd = end;
        }
    }

    /** Variation sequences: every mapping must lie in the table once, not be pointed at by many selectors. */
    private void format14(int at, long length) {
        requireRoom(at, 10);
        long records = u32(at + 6);
        if (10 + 11 * records > length) {
            throw fail("has variation selectors (cmap format 14) that do not fit in their table");
        }
        long mappings = 0;
        for (int i = 0; i < records; i++) {
            long offset = u32(at + 10 + 11 * i + 7);
            if (offset != 0) {
                if (offset + 4 > length) {
                    throw fail("has variation selectors (cmap format 14) pointing outside their table");
                }
                mappings += u32(at + (int) offset);
            }
        }
        if (10 + 11 * records + 5 * mappings > length) {
            throw fail("has variation selectors (cmap format 14) with more mappings than their table holds");
        }
    }

    /** OpenPDF reads every pair of every subtable of a version 0 'kern' table: they must all be there. */
    private void kerning() {
        long[] kern = tables.get("kern");
        if (kern == null || kern[1] < 4 || u16((int) kern[0]) != 0) {
            return;
        }
        int at = (int) kern[0];
        long end = kern[0] + kern[1];
        int count = u16(at + 2);
        long next = at + 4L;
        for (int i = 0; i < count; i++) {
            if (next + 14 > end) {
                throw fail("has a 'kern' table whose subtables do not fit in it");
            }
            int length = u16((int) next + 2);
            int pairs = u16((int) next + 6);
            if (length < 14 || 14L + 6L * pairs > length || next + length > end) {
                throw fail("has a 'kern' subtable whose " + pairs + " pairs do not fit in it");
            }
            next += length;
        }
    }

    private void requireLength(String table, long length) {
        if (tables.get(table)[1] < length) {
            throw fail("has a '" + table.strip() + "' table that is too short (" + tables.get(table)[1]
                    + " bytes, needs " + length + ")");
        }
    }

    private void requireRoom(int at, int bytes) {
        if (at + (long) bytes > font.length) {
            throw fail("is cut short inside its 'cmap' table");
        }
    }

    private int start(String table) {
        return (int) tables.get(table)[0];
    }

    private int u16(int at) {
        if (at < 0 || at + 2 > font.length) {
            throw fail("is cut short (a read at byte " + at + " of " + font.length + ")");
        }
        return (font[at] & 0xff) << 8 | font[at + 1] & 0xff;
    }

    private long u32(int at) {
        if (at < 0 || at + 4 > font.length) {
            throw fail("is cut short (a read at byte " + at + " of " + font.length + ")");
        }
        return (font[at] & 0xffL) << 24 | (font[at + 1] & 0xffL) << 16 | (font[at + 2] & 0xffL) << 8
                | font[at + 3] & 0xffL;
    }

    private static long tag(String tag) {
        byte[] b = tag.getBytes(StandardCharsets.ISO_8859_1);
        return (b[0] & 0xffL) << 24 | (b[1] & 0xffL) << 16 | (b[2] & 0xffL) << 8 | b[3] & 0xffL;
    }

    private static Unsound fail(String what) {
        return new Unsound(what);
    }

    /** The first thing found wrong; stops the check. */
    private static final class Unsound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsound(String what) {
            super(what, null, false, false);
        }
    }
}
