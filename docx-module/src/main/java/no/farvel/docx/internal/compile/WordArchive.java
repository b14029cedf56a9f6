package no.farvel.docx.internal.compile;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;

/**
 * The zip a Word document is, walked and inflated once before Word's reader opens it, so that a document made to
 * exhaust memory is refused unread: at most {@code archiveEntries} parts, each name once, all of them together
 * unpacking to at most {@code fileSize}, the limit of one pack file, and no XML part nested deeper than
 * {@value #XML_DEPTH} elements. A file that is no zip, or XML that is not well formed, is left to the reader, which
 * says so.
 */
public final class WordArchive {
    /**
     * Deeper than anything Word or LibreOffice writes (a table in a text box in a table is some 30 levels), and
     * shallow enough that no reader walking the tree runs out of stack.
     */
    static final int XML_DEPTH = 256;

    private static final XMLInputFactory XML = secureFactory();

    private WordArchive() {
    }

    /**
     * Checks a document.
     *
     * @param where the document as the error's sentence begins with it: {@code Pack 'acme': 'letter_nb.docx'}
     * @throws LimitExceededException naming the limit it goes past
     */
    public static void check(String where, byte[] docx, PackLimits limits) {
        Set<String> names = new HashSet<>();
        long[] unpacked = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() == limits.archiveEntries()) {
                    throw new LimitExceededException("archiveEntries", where + " has more than "
                            + limits.archiveEntries() + " parts, the limit of a pack's archive (archiveEntries); "
                            + PackLimits.howToRaise("archiveEntries"));
                }
                if (!names.add(entry.getName())) {
                    throw new LimitExceededException("archivePaths", where + " has the part '" + entry.getName()
                            + "' twice; tools disagree on which one counts, so such a document is refused");
                }
                InputStream part = counted(zip, unpacked, where, limits);
                if (isXml(entry.getName())) {
                    checkDepth(where, entry.getName(), part);
                }
                part.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException notAZip) {
            // Word's reader reports a file it cannot read, with the advice to save it again.
        }
    }

    /** The part as it inflates, refused once the document's parts together pass {@code fileSize}. */
    private static InputStream counted(InputStream zip, long[] unpacked, String where, PackLimits limits) {
        return new FilterInputStream(zip) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    unpacked[0] += n;
                    if (unpacked[0] > limits.fileSize()) {
                        throw new LimitExceededException("fileSize", where + " unpacks to more than the limit of "
                                + PackLimits.bytes(limits.fileSize()) + " for a pack file (fileSize); "
                                + PackLimits.howToRaise("fileSize"));
                    }
                }
                return n;
            }

            @Override
            public void close() {
                // The zip stays open for the next part.
            }
        };
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Streams through one XML part counting how deep its elements nest; builds no tree. */
    private static void checkDepth(String where, String name, InputStream part) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(part);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > XML_DEPTH) {
                        throw new LimitExceededException("xmlDepth", where + " has the part '" + name
                                + "' with elements nested more than " + XML_DEPTH + " deep, which no word processor"
                                + " writes; such a document is refused");
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException notWellFormed) {
            // Word's reader reports XML it cannot read; the rest of the part is still counted by the caller.
        }
    }

    /** A streaming reader that reads no DTD and resolves no external entity. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
