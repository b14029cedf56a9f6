package no.farvel.batch.input.internal;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import no.farvel.batch.BatchLimits;

/**
 * Passes a sheet's XML on to POI's handler, but only the text inside cells and at most one character more than a
 * cell may hold: a 300 MB cell, header or footer then costs a scan of the file, not the heap.
 */
final class BoundedCellText extends DefaultHandler {
    private final DefaultHandler sheet;
    private boolean inCell;
    private int cellChars;

    BoundedCellText(DefaultHandler sheet) {
        this.sheet = sheet;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (localName.equals("c")) {
            inCell = true;
            cellChars = 0;
        }
        sheet.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        sheet.endElement(uri, localName, qName);
        if (localName.equals("c")) {
            inCell = false;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inCell) {
            return;
        }
        int keep = Math.min(length, BatchLimits.MAX_FIELD_CHARS + 1 - cellChars);
        if (keep > 0) {
            cellChars += keep;
            sheet.characters(ch, start, keep);
        }
    }
}
