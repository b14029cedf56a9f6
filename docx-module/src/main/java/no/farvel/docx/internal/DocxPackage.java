package no.farvel.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import no.farvel.templates.document.LetterDocument;
import org.apache.poi.openxml4j.opc.PackagePartName;

/**
 * Writes a letter's Word package: the letter's own parts (the body, headers, footers, numbering and pictures), their
 * relationships and content types, and the parts every letter of the pack shares, which are copied as they were
 * deflated once. Entries come in the order POI's package wrote them, so that a letter's archive is what it was.
 */
final class DocxPackage {
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
    private static final String CORE_PROPERTIES_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String SETTINGS_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    /**
     * POI's order of part names: case-insensitive, with runs of digits compared as numbers, so that {@code image2.png}
     * comes before {@code image10.png}. {@link PackagePartName#compare(String, String)} loads no XMLBeans.
     */
    private static final Comparator<Part> PART_ORDER = (a, b) -> PackagePartName.compare(a.name(), b.name());

    private final Deflater deflater = new Deflater(LetterZip.LEVEL, true);

    /** A part of the letter's own: its XML or picture, or a shared part already deflated, and its relationships. */
    private record Part(String name, String contentType, byte[] content, DeflatedPart shared,
                        List<WordPart.Relationship> relationships) {
    }

    private DocxPackage() {
    }

    /**
     * The letter's package as a ZIP archive dated by the letter.
     *
     * @param furniture the headers and footers
     * @param numbering the numbering part's XML, null when the letter has no list
     * @param styleSheet the pack's style sheet, {@link SharedParts#styleSheet}
     */
    static byte[] write(WordPart body, List<WordPart> furniture, byte[] numbering, List<DocxPictures.Media> media,
                        DeflatedPart styleSheet, LetterDocument.Metadata metadata, String language) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(body.name(), body.contentType(), body.xml(), null, body.relationships()));
        for (WordPart part : furniture) {
            parts.add(new Part(part.name(), part.contentType(), part.xml(), null, part.relationships()));
        }
        if (numbering != null) {
            parts.add(new Part(DocxNumbering.PART, DocxNumbering.CONTENT_TYPE, numbering, null, List.of()));
        }
        for (DocxPictures.Media picture : media) {
            parts.add(new Part(picture.name(), picture.contentType(), picture.data(), null, List.of()));
        }
        parts.add(new Part(SharedParts.SETTINGS.name(), SETTINGS_TYPE, null, SharedParts.SETTINGS, List.of()));
        parts.add(new Part(styleSheet.name(), STYLES_TYPE, null, styleSheet, List.of()));
        parts.sort(PART_ORDER);
        DocxPackage writer = new DocxPackage();
        try {
            return writer.write(parts, metadata, language);
        } finally {
            writer.deflater.end();
        }
    }

    private byte[] write(List<Part> parts, LetterDocument.Metadata metadata, String language) {
        Map<String, String> defaults = new TreeMap<>(Map.of("rels", RELATIONSHIPS_TYPE, "xml", "application/xml"));
        Map<String, String> overrides = new TreeMap<>();
        overrides.put("/" + SharedParts.APP.name(), SharedParts.EXTENDED_PROPERTIES);
        overrides.put("/" + CORE_PROPERTIES, CORE_PROPERTIES_TYPE);
        List<DeflatedPart> entries = new ArrayList<>();
        for (Part part : parts) {
            String extension = part.name().substring(part.name().lastIndexOf('.') + 1);
            if (!part.contentType().equals(defaults.computeIfAbsent(extension, x -> part.contentType()))) {
                overrides.put("/" + part.name(), part.contentType());
            }
            entries.add(part.shared() != null ? part.shared() : deflated(part.name(), part.content()));
            if (!part.relationships().isEmpty()) {
                int slash = part.name().lastIndexOf('/');
                entries.add(deflated(part.name().substring(0, slash + 1) + "_rels/" + part.name().substring(slash + 1)
                    + ".rels", relationships(part.relationships())));
            }
        }
        LetterZip zip = new LetterZip(metadata.date());
        zip.add(deflated("[Content_Types].xml", contentTypes(defaults, overrides)));
        zip.add(SharedParts.PACKAGE_RELATIONSHIPS);
        zip.add(SharedParts.APP);
        zip.add(deflated(CORE_PROPERTIES, coreProperties(metadata, language)));
        entries.forEach(zip::add);
        return zip.toByteArray();
    }

    private DeflatedPart deflated(String name, byte[] content) {
        return DeflatedPart.of(name, content, deflater);
    }

    /** The relationships in POI's order: by id as text, so {@code rId10} comes before {@code rId2}. */
    static byte[] relationships(List<WordPart.Relationship> relationships) {
        List<WordPart.Relationship> byId = new ArrayList<>(relationships);
        byId.sort(Comparator.comparing(WordPart.Relationship::id));
        StringBuilder xml = new StringBuilder(1024).append(XML_DECLARATION)
            .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (WordPart.Relationship relationship : byId) {
            xml.append("<Relationship Id=\"");
            XmlEscape.escape(xml, relationship.id(), true).append("\" Target=\"");
            XmlEscape.escape(xml, relationship.target(), true);
            if (relationship.external()) {
                xml.append("\" TargetMode=\"External");
            }
            xml.append("\" Type=\"");
            XmlEscape.escape(xml, relationship.type(), true).append("\"/>");
        }
        return xml.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] contentTypes(Map<String, String> defaults, Map<String, String> overrides) {
        StringBuilder xml = new StringBuilder(2048).append(XML_DECLARATION)
            .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        defaults.forEach((extension, type) -> xml.append("<Default ContentType=\"").append(XmlEscape.escape(type, true))
            .append("\" Extension=\"").append(XmlEscape.escape(extension, true)).append("\"/>"));
        overrides.forEach((name, type) -> xml.append("<Override ContentType=\"").append(XmlEscape.escape(type, true))
            .append("\" PartName=\"").append(XmlEscape.escape(name, true)).append("\"/>"));
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
        xml.append('>').append(XmlEscape.escape(value, false)).append("</").append(element).append('>');
    }
}
