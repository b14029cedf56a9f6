package no.farvel.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of a {@link WordPart}: its properties, which may change until the letter is written, and its runs,
 * written as they come. The XML is what XMLBeans saved for POI's paragraph: the properties in the schema's order,
 * each element's attributes in the order they were first set.
 */
final class WordParagraph implements WordPart.Block {
    private final WordPart part;
    /** Whether the paragraph has a pPr, empty or not; POI made one even when only asked for the style. */
    private boolean hasProperties;
    private String style;
    private String keepNext;
    private String frame;
    private int listLevel = -1;
    private int listId;
    private final OrderedAttributes spacing = new OrderedAttributes();
    private String indentLeft;
    private String alignment;
    private final StringBuilder runs = new StringBuilder();
    private final List<WordPart.Namespace> namespaces = new ArrayList<>(2);
    private int breaks;
    private long tallestPicture;

    WordParagraph(WordPart part) {
        this.part = part;
    }

    /** The part the paragraph is in, which holds its links and pictures. */
    WordPart part() {
        return part;
    }

    void setStyle(String styleId) {
        hasProperties = true;
        style = styleId;
    }

    /** The paragraph's style; like POI's {@code getStyle}, it gives a paragraph without properties empty ones. */
    String style() {
        hasProperties = true;
        return style;
    }

    void setKeepNext(boolean keep) {
        hasProperties = true;
        keepNext = keep ? "on" : "off";
    }

    /** A frame (framePr), its attributes already written. */
    void setFrame(String attributes) {
        hasProperties = true;
        frame = attributes;
    }

    void setNumbering(int level, int numId) {
        hasProperties = true;
        listLevel = level;
        listId = numId;
    }

    void setSpacingBefore(int twips) {
        hasProperties = true;
        spacing.set("w:before", Integer.toString(twips));
    }

    void setSpacingAfter(int twips) {
        hasProperties = true;
        spacing.set("w:after", Integer.toString(twips));
    }

    /** An exact line height in points, in twips as POI's {@code setSpacingBetween(points, EXACT)} rounded it. */
    void setExactLineHeight(double points) {
        hasProperties = true;
        spacing.set("w:line", Long.toString(Math.round(points * 20.0)));
        spacing.set("w:lineRule", "exact");
    }

    void setIndentationLeft(int twips) {
        hasProperties = true;
        indentLeft = Integer.toString(twips);
    }

    void setAlignmentRight() {
        hasProperties = true;
        alignment = "right";
    }

    /** Line breaks in the paragraph's runs. */
    int breaks() {
        return breaks;
    }

    /** The tallest picture's height in EMU, 0 without pictures. */
    long tallestPicture() {
        return tallestPicture;
    }

    /**
     * Starts a run, inside a hyperlink of its own when {@code linkId} is not null, with the run properties given;
     * returns the XML for the run's content, which {@link #endRun} closes.
     */
    StringBuilder startRun(String linkId, String runStyle, boolean bold, boolean italic, boolean underline) {
        if (linkId != null) {
            WordPart.use(namespaces, WordPart.Namespace.R);
            runs.append("<w:hyperlink r:id=\"");
            XmlEscape.wordAttribute(runs, linkId);
            runs.append("\">");
        }
        runs.append("<w:r>");
        if (runStyle != null || bold || italic || underline) {
            runs.append("<w:rPr>");
            if (runStyle != null) {
                runs.append("<w:rStyle w:val=\"").append(runStyle).append("\"/>");
            }
            if (bold) {
                runs.append("<w:b w:val=\"on\"/>");
            }
            if (italic) {
                runs.append("<w:i w:val=\"on\"/>");
            }
            if (underline) {
                runs.append("<w:u w:val=\"single\"/>");
            }
            runs.append("</w:rPr>");
        }
        return runs;
    }

    void endRun(boolean linked) {
        runs.append(linked ? "</w:r></w:hyperlink>" : "</w:r>");
    }

    /** A text element (w:t), with its spaces kept when it starts or ends with one, as POI's {@code setText} did. */
    void text(String text) {
        runs.append("<w:t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            runs.append(" xml:space=\"preserve\"");
        }
        runs.append('>');
        XmlEscape.wordText(runs, text);
        runs.append("</w:t>");
    }

    void lineBreak() {
        breaks++;
        runs.append("<w:br/>");
    }

    /** Notes a picture of the given height (EMU) drawn in a run, whose drawing uses these namespaces. */
    void picture(long height) {
        WordPart.use(namespaces, WordPart.Namespace.WP);
        WordPart.use(namespaces, WordPart.Namespace.R);
        tallestPicture = Math.max(tallestPicture, height);
    }

    @Override
    public void write(StringBuilder xml, List<WordPart.Namespace> used) {
        for (WordPart.Namespace namespace : namespaces) {
            WordPart.use(used, namespace);
        }
        if (!hasProperties && runs.length() == 0) {
            xml.append("<w:p/>");
            return;
        }
        xml.append("<w:p>");
        if (hasProperties) {
            properties(xml);
        }
        xml.append(runs).append("</w:p>");
    }

    private void properties(StringBuilder xml) {
        int start = xml.length();
        xml.append("<w:pPr>");
        int empty = xml.length();
        if (style != null) {
            xml.append("<w:pStyle w:val=\"");
            XmlEscape.wordAttribute(xml, style);
            xml.append("\"/>");
        }
        if (keepNext != null) {
            xml.append("<w:keepNext w:val=\"").append(keepNext).append("\"/>");
        }
        if (frame != null) {
            xml.append("<w:framePr").append(frame).append("/>");
        }
        if (listLevel >= 0) {
            xml.append("<w:numPr><w:ilvl w:val=\"").append(listLevel).append("\"/><w:numId w:val=\"")
                .append(listId).append("\"/></w:numPr>");
        }
        if (!spacing.isEmpty()) {
            xml.append("<w:spacing");
            spacing.write(xml);
            xml.append("/>");
        }
        if (indentLeft != null) {
            xml.append("<w:ind w:left=\"").append(indentLeft).append("\"/>");
        }
        if (alignment != null) {
            xml.append("<w:jc w:val=\"").append(alignment).append("\"/>");
        }
        if (xml.length() == empty) {
            xml.setLength(start);
            xml.append("<w:pPr/>");
        } else {
            xml.append("</w:pPr>");
        }
    }

    /** An element's attributes in the order first set, as XMLBeans keeps them; setting one again keeps its place. */
    static final class OrderedAttributes {
        private final List<String> names = new ArrayList<>(4);
        private final List<String> values = new ArrayList<>(4);

        void set(String name, String value) {
            int index = names.indexOf(name);
            if (index < 0) {
                names.add(name);
                values.add(value);
            } else {
                values.set(index, value);
            }
        }

        boolean isEmpty() {
            return names.isEmpty();
        }

        void write(StringBuilder xml) {
            for (int i = 0; i < names.size(); i++) {
                xml.append(' ').append(names.get(i)).append("=\"").append(values.get(i)).append('"');
            }
        }
    }
}
