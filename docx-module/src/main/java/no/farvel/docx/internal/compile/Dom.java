package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements: children and attributes by local name in Word's namespace. */
final class Dom {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Dom() {
    }

    /** The element's child elements in order; none for null. */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The first child in Word's namespace with that local name, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && W.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** Every descendant, at any depth, with that namespace and local name. */
    static List<Element> descendants(Element root, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The text inside an element (XMLBeans' DOM lacks getTextContent). */
    static String text(Node element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element inner) {
                text.append(text(inner));
            }
        }
        return text.toString();
    }

    /** A {@code w:} attribute of the element, or null when absent. */
    static String attr(Element element, String localName) {
        if (element == null || !element.hasAttributeNS(W, localName)) {
            return null;
        }
        return element.getAttributeNS(W, localName);
    }

    /** The {@code w:val} of a child element, or null. */
    static String val(Element parent, String localName) {
        return attr(child(parent, localName), "val");
    }

    /** Whether the element is in Word's namespace and has that local name. */
    static boolean is(Element element, String localName) {
        return W.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /**
     * A toggle such as {@code <w:b/>}: null when absent, else whether it is on ({@code w:val} false, 0 or off turn it
     * off).
     */
    static Boolean toggle(Element rPr, String localName) {
        Element element = child(rPr, localName);
        if (element == null) {
            return null;
        }
        String value = attr(element, "val");
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off")
                || value.equals("none"));
    }

    /** A number attribute, or the fallback when absent or not a number. */
    static long number(Element element, String localName, long fallback) {
        String value = attr(element, localName);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
