package no.farvel.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import no.farvel.templates.document.LetterDocument;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Writes a letter's Word package: the parts POI holds for the letter (the body, headers, footers, numbering and
 * pictures), their relationships and content types, and the parts every letter of the pack shares, which are copied
 * as they were deflated once. The XML is what POI's own save writes; POI's save itself is not used, since it made
 * and deflated every part anew for each letter and wrote the relationships through a DOM transformer: about half of
 * a letter's DOCX time.
 */
final class DocxPackage {
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** How POI saves the XML parts it keeps as XMLBeans, by content type: its options, with the part's root. */
    private static final Map<String, XmlOptions> SAVE_OPTIONS = Map.of(
        XWPFRelation.DOCUMENT.getContentType(), saveOptions("document"),
        XWPFRelation.HEADER.getContentType(), saveOptions("hdr"),
        XWPFRelation.FOOTER.getContentType(), saveOptions("ftr"),
        XWPFRelation.NUMBERING.getContentType(), saveOptions("numbering"),
        XWPFRelation.STYLES.getContentType(), saveOptions("styles"),
        XWPFRelation.SETTINGS.getContentType(), saveOptions("settings"));
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private final XWPFDocument docx;
    private final Map<PackagePart, XmlObject> xmlParts = new IdentityHashMap<>();
    private final DeflatedPart styleSheet;
    private final Deflater deflater = new Deflater(LetterZip.LEVEL, true);

    private DocxPackage(XWPFDocument docx, XmlObject numbering, DeflatedPart styleSheet) {
        this.docx = docx;
        this.styleSheet = styleSheet;
        xmlParts.put(docx.getPackagePart(), docx.getDocument());
        // Among the document's relations: POI's lists of headers and footers hold only those it has read.
        for (POIXMLDocumentPart part : docx.getRelations()) {
            if (part instanceof XWPFHeaderFooter headerOrFooter) {
                xmlParts.put(part.getPackagePart(), headerOrFooter._getHdrFtr());
            }
        }
        if (numbering != null) {
            xmlParts.put(docx.getNumbering().getPackagePart(), numbering);
        }
    }

    /**
     * The letter's package as a ZIP archive dated by the letter.
     *
     * @param numbering the numbering part's XML, null when the letter has no list
     * @param styleSheet the pack's style sheet, {@link SharedParts#styleSheet}, for POI's styles part, which is left
     *     empty
     */
    static byte[] write(XWPFDocument docx, XmlObject numbering, DeflatedPart styleSheet,
                        LetterDocument.Metadata metadata, String language) throws IOException {
        DocxPackage writer = new DocxPackage(docx, numbering, styleSheet);
        try {
            return writer.write(metadata, language);
        } finally {
            writer.deflater.end();
        }
    }

    private byte[] write(LetterDocument.Metadata metadata, String language) throws IOException {
        Map<String, String> defaults = new TreeMap<>(Map.of(
            "rels", ContentTypes.RELATIONSHIPS_PART, "xml", ContentTypes.PLAIN_OLD_XML));
        Map<String, String> overrides = new TreeMap<>();
        overrides.put("/" + SharedParts.APP.name(), SharedParts.EXTENDED_PROPERTIES);
        overrides.put("/" + CORE_PROPERTIES, ContentTypes.CORE_PROPERTIES_PART);
        List<DeflatedPart> parts = new ArrayList<>();
        try {
            for (PackagePart part : docx.getPackage().getParts()) {
                String name = part.getPartName().getName();
                String type = part.getContentType();
                String extension = part.getPartName().getExtension();
                if (!type.equals(defaults.computeIfAbsent(extension, x -> type))) {
                    overrides.put(name, type);
                }
                parts.add(content(part, name.substring(1)));
                if (part.hasRelationships()) {
                    String relationships = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName();
                    parts.add(deflated(relationships.substring(1), relationships(part)));
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("POI's package of the letter is inconsistent: " + e.getMessage(), e);
        }
        LetterZip zip = new LetterZip(metadata.date());
        zip.add(deflated("[Content_Types].xml", contentTypes(defaults, overrides)));
        zip.add(SharedParts.PACKAGE_RELATIONSHIPS);
        zip.add(SharedParts.APP);
        zip.add(deflated(CORE_PROPERTIES, coreProperties(metadata, language)));
        parts.forEach(zip::add);
        return zip.toByteArray();
    }

    private DeflatedPart content(PackagePart part, String name) throws IOException {
        String type = part.getContentType();
        if (type.equals(XWPFRelation.STYLES.getContentType())) {
            return styleSheet;
        } else if (type.equals(XWPFRelation.SETTINGS.getContentType())) {
            return SharedParts.SETTINGS;
        } else if (xmlParts.containsKey(part)) {
            return deflated(name, xml(xmlParts.get(part), type));
        } else if (type.startsWith("image/")) {
            try (InputStream in = part.getInputStream()) {
                return deflated(name, in.readAllBytes());
            }
        }
        throw new IllegalStateException("The DOCX package cannot write the part " + name + " of type " + type
            + "; teach DocxPackage about it");
    }

    /** The part's XML as POI saves it. */
    static byte[] xml(XmlObject part, String contentType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            part.save(out, SAVE_OPTIONS.get(contentType));
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static XmlOptions saveOptions(String root) {
        return new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
            .setSaveSyntheticDocumentElement(new QName(WORDPROCESSING_ML, root));
    }

    private DeflatedPart deflated(String name, byte[] content) {
        return DeflatedPart.of(name, content, deflater);
    }

    private static byte[] relationships(PackagePart part) throws InvalidFormatException {
        StringBuilder xml = new StringBuilder(1024).append(XML_DECLARATION)
            .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (PackageRelationship relationship : part.getRelationships()) {
            boolean external = relationship.getTargetMode() == TargetMode.EXTERNAL;
            String target = external ? relationship.getTargetURI().toString()
                : PackagingURIHelper.relativizeURI(part.getPartName().getURI(), relationship.getTargetURI(), true)
                    .toString();
            xml.append("<Relationship Id=\"").append(escaped(relationship.getId(), true))
                .append("\" Target=\"").append(escaped(target, true));
            if (external) {
                xml.append("\" TargetMode=\"External");
            }
            xml.append("\" Type=\"").append(escaped(relationship.getRelationshipType(), true)).append("\"/>");
        }
        return xml.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] contentTypes(Map<String, String> defaults, Map<String, String> overrides) {
        StringBuilder xml = new StringBuilder(2048).append(XML_DECLARATION)
            .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        defaults.forEach((extension, type) -> xml.append("<Default ContentType=\"").append(escaped(type, true))
            .append("\" Extension=\"").append(escaped(extension, true)).append("\"/>"));
        overrides.forEach((name, type) -> xml.append("<Override ContentType=\"").append(escaped(type, true))
            .append("\" PartName=\"").append(escaped(name, true)).append("\"/>"));
        return xml.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The title, author, subject, language and date, as Dublin Core terms; absent ones are left out. */
    private static byte[] coreProperties(LetterDocument.Metadata metadata, String language) {
        String date = metadata.date() == null ? null : metadata.date() + "T00:00:00Z";
        StringBuilder xml = new StringBuilder(1024).append(XML_DECLARATION)
            .append("<cp:coreProperties")
            .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
            .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
            .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        // In the order POI wrote them, so that the part is what it was before Farvel wrote the package itself.
        property(xml, "dcterms:created", date);
        property(xml, "dc:creator", metadata.author());
        property(xml, "dc:language", language);
        property(xml, "dcterms:modified", date);
        property(xml, "dc:subject", metadata.subject());
        property(xml, "dc:title", metadata.title());
        return xml.append("</cp:coreProperties>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void property(StringBuilder xml, String element, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.append('<').append(element);
        if (element.startsWith("dcterms:")) {
            xml.append(" xsi:type=\"dcterms:W3CDTF\"");
        }
        xml.append('>').append(escaped(value, false)).append("</").append(element).append('>');
    }

    /** The text escaped for XML: for character data, or for an attribute value in double quotes. */
    private static String escaped(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
