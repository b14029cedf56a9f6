package no.farvel.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One WordprocessingML part of a letter: the body, a header or a footer. It holds its paragraphs and tables until the
 * letter is complete, since the writer still changes them after writing what follows (keep with next, the space
 * above a table, a letterhead's frame), and its relationships to pictures, links and the other parts.
 */
final class WordPart implements DocxBlockWriter.Story {
    static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String HYPERLINK = RELATIONSHIPS + "/hyperlink";
    /** The XML declaration as XMLBeans wrote it, with the line break after it. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** The root element's namespaces after {@code w}: those the part uses, in the order they first appear. */
    enum Namespace {
        R(" xmlns:r=\"" + RELATIONSHIPS + "\""), WP(" xmlns:wp=\"" + DRAWING + "\"");

        private final String declaration;

        Namespace(String declaration) {
            this.declaration = declaration;
        }
    }

    /** What a part holds: a paragraph or a table. */
    interface Block {
        void write(StringBuilder xml, List<Namespace> used);
    }

    /** A relationship of the part; {@code target} is relative to the part's folder or, when external, a URI. */
    record Relationship(String id, String type, String target, boolean external) {
    }

    private final String name;
    private final String root;
    private final String contentType;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    /** Written after the blocks: the body's section properties. */
    private String closing = "";
    /** Whether the closing XML names related parts (r:id). */
    private boolean closingRelates;

    /**
     * @param name the part's ZIP entry, such as {@code word/header1.xml}
     * @param root the root element's local name: {@code document}, {@code hdr} or {@code ftr}
     */
    WordPart(String name, String root, String contentType) {
        this.name = name;
        this.root = root;
        this.contentType = contentType;
    }

    String name() {
        return name;
    }

    String contentType() {
        return contentType;
    }

    List<Relationship> relationships() {
        return relationships;
    }

    @Override
    public WordParagraph newParagraph() {
        WordParagraph paragraph = new WordParagraph(this);
        blocks.add(paragraph);
        return paragraph;
    }

    @Override
    public WordTable newTable(int rows, int columns) {
        WordTable table = new WordTable(this, rows, columns);
        blocks.add(table);
        return table;
    }

    /** The paragraphs directly in the part, not those in tables. */
    List<WordParagraph> paragraphs() {
        List<WordParagraph> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof WordParagraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    boolean hasTables() {
        return blocks.stream().anyMatch(WordTable.class::isInstance);
    }

    /** Relates the part to {@code target}; returns the new relationship's id, numbered as POI numbered them. */
    String relate(String type, String target, boolean external) {
        String id = "rId" + (relationships.size() + 1);
        relationships.add(new Relationship(id, type, target, external));
        return id;
    }

    /** The id of the part's relationship to an internal target, or null when it has none. */
    String relationTo(String target) {
        for (Relationship relationship : relationships) {
            if (!relationship.external() && relationship.target().equals(target)) {
                return relationship.id();
            }
        }
        return null;
    }

    /**
     * Sets what follows the blocks: the body's section properties.
     *
     * @param relates whether the XML names related parts (headers and footers) and so uses the {@code r} namespace
     */
    void close(String xml, boolean relates) {
        closing = xml;
        closingRelates = relates;
    }

    /** The part's XML, as XMLBeans saved it: namespaces declared on the root, in the order of first use. */
    byte[] xml() {
        List<Namespace> used = new ArrayList<>(2);
        StringBuilder content = new StringBuilder(16 * 1024);
        for (Block block : blocks) {
            block.write(content, used);
        }
        if (closingRelates) {
            use(used, Namespace.R);
        }
        content.append(closing);
        StringBuilder xml = new StringBuilder(content.length() + 512)
            .append(DECLARATION).append("<w:").append(root)
            .append(" xmlns:w=\"" + MAIN + "\"");
        for (Namespace namespace : used) {
            xml.append(namespace.declaration);
        }
        if (content.length() == 0 && !root.equals("document")) {
            return xml.append("/>").toString().getBytes(StandardCharsets.UTF_8);
        }
        xml.append('>');
        if (root.equals("document")) {
            xml.append("<w:body>").append(content).append("</w:body>");
        } else {
            xml.append(content);
        }
        return xml.append("</w:").append(root).append('>').toString().getBytes(StandardCharsets.UTF_8);
    }

    static void use(List<Namespace> used, Namespace namespace) {
        if (!used.contains(namespace)) {
            used.add(namespace);
        }
    }
}
