package no.farvel.docx.internal.starter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.farvel.docx.internal.XmlEscape;

/**
 * Writes a Word document from its parts' XML: the body, an optional first-page header and a footer, with a style
 * sheet that names the styles a Farvel letter knows (Title, Heading 1–3, Recipient, Signature, and the character
 * styles Thanks and Good wishes), a bullet and a numbered list, and the title and subject in its properties. Word
 * and LibreOffice open what it writes; it is what Farvel's own Word letters are made with.
 */
public final class WordPackage {
    /** The {@code w:numId} of the bulleted list and of the numbered list in the numbering part. */
    public static final int BULLETS = 1;
    public static final int NUMBERS = 2;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String NAMESPACES = "xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private String body = "";
    private String header;
    private String footer;
    private String title = "";
    private String subject = "";
    private String language = "nb-NO";
    private static final String FONT = "Liberation Sans";
    /** Every part is dated alike, so the same document is the same bytes and can be compared in a test. */
    private static final long PART_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    private String page = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1417\""
            + " w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
    private final Map<String, byte[]> media = new LinkedHashMap<>();

    /** The body's paragraphs and tables, as WordprocessingML ({@code <w:p>…</w:p><w:tbl>…</w:tbl>}). */
    public WordPackage body(String xml) {
        this.body = xml;
        return this;
    }

    /** The first page's header: the letterhead. */
    public WordPackage firstPageHeader(String xml) {
        this.header = xml;
        return this;
    }

    /** The footer of every page. */
    public WordPackage footer(String xml) {
        this.footer = xml;
        return this;
    }

    /** The document's Title and Subject properties (File ▸ Info). */
    public WordPackage properties(String title, String subject) {
        this.title = title;
        this.subject = subject;
        return this;
    }

    /** The language of the text, such as {@code nb-NO}, for spelling and for Farvel to know the letter's locale. */
    public WordPackage language(String tag) {
        this.language = tag;
        return this;
    }

    /** The paper and margins in millimetres: width, height, then top, right, bottom and left margins. */
    public WordPackage page(double width, double height, double top, double right, double bottom, double left) {
        this.page = "<w:pgSz w:w=\"" + twips(width) + "\" w:h=\"" + twips(height) + "\"/><w:pgMar w:top=\""
                + twips(top) + "\" w:right=\"" + twips(right) + "\" w:bottom=\"" + twips(bottom) + "\" w:left=\""
                + twips(left) + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
        return this;
    }

    /**
     * A picture for {@link #picture}: stored as {@code word/media/NAME}, referred to by the relationship id
     * {@code rIdNAME} with the dots removed.
     */
    public WordPackage media(String name, byte[] png) {
        media.put(name, png);
        return this;
    }

    /** The XML of a run showing the picture {@code name} added by {@link #media}, in line with the text. */
    public static String picture(String name, String description, double widthMm, double heightMm) {
        long cx = Math.round(widthMm * 36_000);
        long cy = Math.round(heightMm * 36_000);
        return "<w:r><w:drawing><wp:inline><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:docPr id=\"1\" name=\""
                + name + "\" descr=\"" + escape(description) + "\"/><a:graphic><a:graphicData uri=\"http://schemas."
                + "openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\""
                + name + "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + id(name)
                + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
                + "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    }

    /** Text escaped for WordprocessingML, quotes included, so that it may stand in an attribute too. */
    public static String escape(String text) {
        return XmlEscape.escape(text, true);
    }

    /** The .docx file. */
    public byte[] build() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rId1", "officeDocument", "word/document.xml")
                + relationship("rId2", "metadata/core-properties", "docProps/core.xml")
                + "</Relationships>");
        parts.put("docProps/core.xml", core());
        parts.put("word/_rels/document.xml.rels", documentRelationships());
        parts.put("word/document.xml", document());
        parts.put("word/styles.xml", WordStyleSheet.styles(FONT, language));
        parts.put("word/numbering.xml", WordStyleSheet.numbering());
        parts.put("word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings "
                + NAMESPACES + "><w:defaultTabStop w:val=\"709\"/><w:compat><w:compatSetting w:name=\""
                + "compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "</w:settings>");
        if (header != null) {
            parts.put("word/header1.xml", story("hdr", header));
            parts.put("word/_rels/header1.xml.rels", mediaRelationships());
        }
        if (footer != null) {
            parts.put("word/footer1.xml", story("ftr", footer));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(entry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> picture : media.entrySet()) {
                zip.putNextEntry(entry("word/media/" + picture.getKey()));
                zip.write(picture.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A Word document could not be written in memory", e);
        }
        return out.toByteArray();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(PART_TIME);
        return entry;
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                + override("/word/document.xml", "wordprocessingml.document.main")
                + override("/word/styles.xml", "wordprocessingml.styles")
                + override("/word/numbering.xml", "wordprocessingml.numbering")
                + override("/word/settings.xml", "wordprocessingml.settings")
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
                + "core-properties+xml\"/>");
        if (header != null) {
            types.append(override("/word/header1.xml", "wordprocessingml.header"));
        }
        if (footer != null) {
            types.append(override("/word/footer1.xml", "wordprocessingml.footer"));
        }
        return types.append("</Types>").toString();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + type + "+xml\"/>";
    }

    private String core() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\""
                + "http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\""
                + "http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title) + "</dc:title><dc:subject>"
                + escape(subject) + "</dc:subject><dc:language>" + language + "</dc:language></cp:coreProperties>";
    }

    private String documentRelationships() {
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rIdStyles", "styles", "styles.xml")
                + relationship("rIdNumbering", "numbering", "numbering.xml")
                + relationship("rIdSettings", "settings", "settings.xml"));
        if (header != null) {
            rels.append(relationship("rIdHeader", "header", "header1.xml"));
        }
        if (footer != null) {
            rels.append(relationship("rIdFooter", "footer", "footer1.xml"));
        }
        for (String name : media.keySet()) {
            rels.append(relationship(id(name), "image", "media/" + name));
        }
        return rels.append("</Relationships>").toString();
    }

    private String mediaRelationships() {
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (String name : media.keySet()) {
            rels.append(relationship(id(name), "image", "media/" + name));
        }
        return rels.append("</Relationships>").toString();
    }

    private static String relationship(String id, String type, String target) {
        String base = type.startsWith("metadata/") ? "http://schemas.openxmlformats.org/package/2006/relationships/"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return "<Relationship Id=\"" + id + "\" Type=\"" + base + type + "\" Target=\"" + target + "\"/>";
    }

    private String document() {
        String references = (header != null ? "<w:headerReference w:type=\"first\" r:id=\"rIdHeader\"/>" : "")
                + (footer != null ? "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                + "<w:footerReference w:type=\"first\" r:id=\"rIdFooter\"/>" : "");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NAMESPACES + "><w:body>"
                + body + "<w:sectPr>" + references + page + (header != null ? "<w:titlePg/>" : "")
                + "</w:sectPr></w:body></w:document>";
    }

    private static String story(String element, String xml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:" + element + " " + NAMESPACES + ">"
                + xml + "</w:" + element + ">";
    }

    private static String id(String mediaName) {
        return "rId" + mediaName.replaceAll("[^A-Za-z0-9]", "");
    }

    private static long twips(double millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }
}
