package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import no.farvel.batch.BatchLimits;

/**
 * A workbook's shared strings, streamed from {@code xl/sharedStrings.xml} into one compact store and bounded: at most
 * {@link BatchLimits#maxSharedStrings()} strings and {@link BatchLimits#maxSharedStringChars()} characters in all.
 * A string longer than a cell may be is kept one character too long, so the row that uses it is refused by name.
 * Read-only and thread-safe once made.
 */
final class CappedSharedStrings implements SharedStrings {
    private static final int CHUNK = 1 << 16;

    private final char[][] chunks;
    private final long[] starts;
    private final int count;

    private CappedSharedStrings(char[][] chunks, long[] starts, int count) {
        this.chunks = chunks;
        this.starts = starts;
        this.count = count;
    }

    /**
     * Reads the shared strings of a workbook; an empty table when it has none.
     *
     * @throws IOException naming the workbook and the limit when there are too many, or the part is not valid XML
     */
    static CappedSharedStrings read(OPCPackage workbook, String source, BatchLimits limits) throws IOException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        Collector collector = new Collector(source, limits);
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(collector);
                xml.parse(new InputSource(in));
            } catch (SAXException | ParserConfigurationException | IOException e) {
                if (e.getCause() instanceof LimitException limit) {
                    throw new IOException(limit.getMessage());
                }
                throw new IOException(source + ": the shared strings (xl/sharedStrings.xml) cannot be read: "
                        + XlsxErrors.firstLine(e.getMessage()), e);
            } catch (LimitException e) {
                throw new IOException(e.getMessage());
            }
        }
        return collector.result();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(get(idx));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    /** The string at {@code idx}; an index past the end (a broken sheet) gives an empty string, as in Excel. */
    String get(int idx) {
        if (idx < 0 || idx >= count) {
            return "";
        }
        long start = starts[idx];
        int length = (int) (starts[idx + 1] - start);
        char[] text = new char[length];
        for (int copied = 0; copied < length; ) {
            long at = start + copied;
            char[] chunk = chunks[(int) (at / CHUNK)];
            int offset = (int) (at % CHUNK);
            int n = Math.min(length - copied, CHUNK - offset);
            System.arraycopy(chunk, offset, text, copied, n);
            copied += n;
        }
        return new String(text);
    }

    /** Collects the text of each {@code <si>}, leaving out phonetic runs ({@code <rPh>}), as Excel shows them. */
    private static final class Collector extends DefaultHandler {
        private final String source;
        private final BatchLimits limits;
        private char[][] chunks = new char[16][];
        private long[] starts = new long[1024];
        private int count;
        private long used;
        private int stringLength;
        private boolean inItem;
        private boolean inText;
        private boolean inPhonetic;

        Collector(String source, BatchLimits limits) {
            this.source = source;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "sst" -> {
                    String declared = attributes.getValue("uniqueCount");
                    if (declared != null && declared.matches("\\d{1,18}")
                            && Long.parseLong(declared) > limits.maxSharedStrings()) {
                        throw tooMany("declares " + LimitText.number(Long.parseLong(declared)) + " shared strings");
                    }
                }
                case "si" -> {
                    if (count == limits.maxSharedStrings()) {
                        throw tooMany("has more than " + LimitText.number(limits.maxSharedStrings()) + " shared strings");
                    }
                    inItem = true;
                    stringLength = 0;
                }
                case "t" -> inText = inItem && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    inItem = false;
                    count++;
                    if (count + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count] = used;
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText) {
                return;
            }
            // One character past the cell limit is enough for the row that uses the string to be refused.
            int keep = Math.min(length, BatchLimits.MAX_FIELD_CHARS + 1 - stringLength);
            if (keep <= 0) {
                return;
            }
            if (used + keep > limits.maxSharedStringChars()) {
                throw new LimitException(source + ": the shared strings of the workbook hold more than "
                        + LimitText.number(limits.maxSharedStringChars()) + " characters, the limit for text held in "
                        + "memory (" + LimitText.SHARED_STRING_CHARS_OPTION + ")");
            }
            append(ch, start, keep);
            stringLength += keep;
        }

        private void append(char[] ch, int start, int length) {
            for (int copied = 0; copied < length; ) {
                int chunkIndex = (int) (used / CHUNK);
                if (chunkIndex == chunks.length) {
                    chunks = Arrays.copyOf(chunks, chunks.length * 2);
                }
                if (chunks[chunkIndex] == null) {
                    chunks[chunkIndex] = new char[CHUNK];
                }
                int offset = (int) (used % CHUNK);
                int n = Math.min(length - copied, CHUNK - offset);
                System.arraycopy(ch, start + copied, chunks[chunkIndex], offset, n);
                copied += n;
                used += n;
            }
        }

        private LimitException tooMany(String what) {
            return new LimitException(source + ": the workbook " + what + "; the limit is "
                    + LimitText.number(limits.maxSharedStrings()) + " (" + LimitText.SHARED_STRINGS_OPTION + ")");
        }

        CappedSharedStrings result() {
            return new CappedSharedStrings(chunks, starts, count);
        }
    }

    /** A limit was reached while parsing; unchecked so it passes through the SAX parser unchanged. */
    static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message, null, false, false);
        }
    }
}
