package no.farvel.templates.internal.markup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.Keep;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.RenderException;

/**
 * One parse: a recursive descent over a StAX reader positioned before the root element, refusing markup that nests
 * deeper than {@code maxDepth} elements before the recursion could exhaust the stack. Not thread-safe.
 */
final class MarkupReader {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Map<String, Keep> KEEP_WORDS = keepWords();

    private final XMLStreamReader reader;
    private final String templateName;
    private final int maxDepth;
    private int depth;
    private List<Block> letterhead;
    private List<Block> recipient;
    private List<Block> footer;

    MarkupReader(XMLStreamReader reader, String templateName, int maxDepth) {
        this.reader = reader;
        this.templateName = templateName;
        this.maxDepth = maxDepth;
    }

    LetterDocument read() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.CHARACTERS && reader.isWhiteSpace()) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT || !"article".equals(element())) {
            throw error("the markup must start with <article lang=\"...\">, not "
                    + (event == XMLStreamConstants.START_ELEMENT ? "<" + element() + ">" : "text"));
        }
        checkAttributes("article");
        String lang = attribute("lang");
        if (lang == null || lang.isBlank()) {
            throw error("<article> needs a lang attribute, such as lang=\"nb\"");
        }
        String title = attribute("data-title");
        String author = attribute("data-author");
        String subject = attribute("data-subject");
        PageSetup page = PageAttributes.parse(attribute("data-page-size"), attribute("data-page-margins"), this::error);
        List<Block> body = blocks("article");
        title = title == null ? firstHeadingText(body) : orEmpty(title);
        subject = subject == null ? title : orEmpty(subject);
        var metadata = new LetterDocument.Metadata(title, orEmpty(author), subject, lang.strip());
        return new LetterDocument(metadata, orEmpty(letterhead), orEmpty(recipient), body, orEmpty(footer), page);
    }

    /** Reads block content up to the end of {@code container}; loose inline content becomes paragraphs. */
    private List<Block> blocks(String container) throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        List<Inline> run = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = element();
                if (Vocabulary.INLINES.contains(name)) {
                    flushText(text, run);
                    run.add(inline(name));
                    continue;
                }
                flushText(text, run);
                flushParagraph(run, blocks);
                if ("article".equals(container) && Vocabulary.FRAMES.contains(name)) {
                    frame(name);
                } else if (Vocabulary.BLOCKS.contains(name)) {
                    blocks.add(block(name));
                } else {
                    Set<String> allowed = new java.util.TreeSet<>(Vocabulary.BLOCKS);
                    allowed.addAll(Vocabulary.INLINES);
                    if ("article".equals(container)) {
                        allowed.addAll(Vocabulary.FRAMES);
                    }
                    throw misplaced(name, container, allowed);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                flushText(text, run);
                flushParagraph(run, blocks);
                return blocks;
            }
        }
    }

    private void frame(String name) throws XMLStreamException {
        checkAttributes(name);
        boolean seen = switch (name) {
            case "header" -> letterhead != null;
            case "address" -> recipient != null;
            default -> footer != null;
        };
        if (seen) {
            throw error("<" + name + "> appears twice; a letter has one");
        }
        List<Block> content = blocks(name);
        switch (name) {
            case "header" -> letterhead = content;
            case "address" -> recipient = content;
            default -> footer = content;
        }
    }

    private Block block(String name) throws XMLStreamException {
        checkAttributes(name);
        return switch (name) {
            case "p" -> {
                String role = role();
                yield new Paragraph(Whitespace.trimBlock(inlines(name)), role);
            }
            case "h1", "h2", "h3" -> new Heading(name.charAt(1) - '0', Whitespace.trimBlock(inlines(name)));
            case "ul", "ol" -> list(name);
            case "table" -> table();
            case "hr" -> {
                empty(name);
                yield new Rule();
            }
            case "section", "div" -> {
                String cssClass = attribute("class");
                String role = role();
                Set<Keep> keep = keep(name);
                yield new Division(cssClass == null ? null : Whitespace.collapseAndTrim(cssClass), role, keep,
                        blocks(name));
            }
            default -> throw new IllegalStateException("Unhandled block element " + name);
        };
    }

    private ListBlock list(String name) throws XMLStreamException {
        List<List<Block>> items = new ArrayList<>();
        while (true) {
            int event = structuralNext(name, "li");
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new ListBlock("ol".equals(name), items);
            }
            if (!"li".equals(element())) {
                throw misplaced(element(), name, Set.of("li"));
            }
            checkAttributes("li");
            items.add(blocks("li"));
        }
    }

    private Table table() throws XMLStreamException {
        List<Table.Row> head = new ArrayList<>();
        List<Table.Row> body = new ArrayList<>();
        while (true) {
            int event = structuralNext("table", "thead, tbody or tr");
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new Table(head, body);
            }
            String name = element();
            checkAttributes(name);
            switch (name) {
                case "thead" -> rows("thead", head);
                case "tbody" -> rows("tbody", body);
                case "tr" -> body.add(row());
                default -> throw misplaced(name, "table", Set.of("thead", "tbody", "tr"));
            }
        }
    }

    private void rows(String section, List<Table.Row> into) throws XMLStreamException {
        while (true) {
            int event = structuralNext(section, "tr");
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (!"tr".equals(element())) {
                throw misplaced(element(), section, Set.of("tr"));
            }
            checkAttributes("tr");
            into.add(row());
        }
    }

    private Table.Row row() throws XMLStreamException {
        List<Table.Cell> cells = new ArrayList<>();
        while (true) {
            int event = structuralNext("tr", "th or td");
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new Table.Row(cells);
            }
            String name = element();
            if (!"th".equals(name) && !"td".equals(name)) {
                throw misplaced(name, "tr", Set.of("th", "td"));
            }
            checkAttributes(name);
            String cssClass = attribute("class");
            boolean numeric = cssClass != null && List.of(cssClass.strip().split("\\s+")).contains("num");
            cells.add(new Table.Cell("th".equals(name), numeric, Whitespace.trimBlock(inlines(name))));
        }
    }

    /** The next start or end element inside a container that holds only elements; whitespace is skipped. */
    private int structuralNext(String container, String expected) throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS) {
                if (!reader.isWhiteSpace() && !reader.getText().isBlank()) {
                    throw error("text directly inside <" + container + ">; put it inside " + expected);
                }
            } else {
                return event;
            }
        }
    }

    /** Reads inline content up to the end of {@code container}; text is collapsed but not yet trimmed. */
    private List<Inline> inlines(String container) throws XMLStreamException {
        List<Inline> inlines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                flushText(text, inlines);
                String name = element();
                if (!Vocabulary.INLINES.contains(name)) {
                    throw misplaced(name, container, Vocabulary.INLINES);
                }
                inlines.add(inline(name));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                flushText(text, inlines);
                return inlines;
            }
        }
    }

    private Inline inline(String name) throws XMLStreamException {
        checkAttributes(name);
        switch (name) {
            case "strong":
                return new Styled(Styled.Style.STRONG, inlines(name));
            case "em":
                return new Styled(Styled.Style.EMPHASIS, inlines(name));
            case "u":
                return new Styled(Styled.Style.UNDERLINE, inlines(name));
            case "br":
                empty(name);
                return new LineBreak();
            case "a":
                return new Link(Targets.href(attribute("href"), this::error), inlines(name));
            case "img":
                Image image = Targets.image(attribute("src"), attribute("alt"), attribute("data-width-mm"),
                        this::error);
                empty(name);
                return image;
            case "span":
                String cssClass = attribute("class");
                String normalized = cssClass == null ? null : Whitespace.collapseAndTrim(cssClass);
                if ("page".equals(normalized) || "pages".equals(normalized)) {
                    empty(name);
                    return "page".equals(normalized) ? new PageNumber() : new PageCount();
                }
                String role = role();
                return new Span(normalized, role, inlines(name));
            default:
                throw new IllegalStateException("Unhandled inline element " + name);
        }
    }

    /** Consumes the content of an element that must be empty ({@code <br/>}, {@code <hr/>}, {@code <img/>}). */
    private void empty(String name) throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT || !reader.getText().isBlank()) {
                throw error("<" + name + "> must be empty; write it as <" + name + "/>");
            }
        }
    }

    private void checkAttributes(String name) {
        Set<String> allowed = Vocabulary.attributesOf(name);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String attribute = reader.getAttributeLocalName(i);
            String shown = prefix == null || prefix.isEmpty() ? attribute : prefix + ":" + attribute;
            if (!shown.equals(attribute) || !allowed.contains(attribute)) {
                throw error("unknown attribute " + shown + " on <" + name + ">; allowed on <" + name + ">: "
                        + Vocabulary.list(allowed));
            }
        }
    }

    /** The {@code data-role} of the current element: a lower-case name such as {@code thanks}, or null. */
    private String role() {
        String role = attribute("data-role");
        if (role == null) {
            return null;
        }
        String trimmed = role.strip();
        if (!ROLE.matcher(trimmed).matches()) {
            throw error("data-role=\"" + role + "\" is not a role name; use lower-case letters, digits and '-', "
                    + "such as data-role=\"thanks\"");
        }
        return trimmed;
    }

    /** The page-break hints of {@code data-keep="together with-next"}: names from {@link Keep}, spaces between. */
    private Set<Keep> keep(String element) {
        String value = attribute("data-keep");
        if (value == null) {
            return Set.of();
        }
        Set<Keep> keep = EnumSet.noneOf(Keep.class);
        for (String word : Whitespace.collapseAndTrim(value).split(" ")) {
            Keep hint = KEEP_WORDS.get(word);
            if (hint == null) {
                throw error("data-keep=\"" + value + "\" on <" + element + "> has '" + word + "'; use "
                        + String.join(", ", KEEP_WORDS.keySet()) + ", separated by spaces");
            }
            keep.add(hint);
        }
        return keep;
    }

    private String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    /** The local name of the current start element, refusing anything outside the markup's vocabulary. */
    private String element() {
        String prefix = reader.getPrefix();
        String namespace = reader.getNamespaceURI();
        String name = reader.getLocalName();
        boolean foreign = (prefix != null && !prefix.isEmpty())
                || (namespace != null && !namespace.isEmpty() && !XHTML.equals(namespace));
        String shown = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
        if (foreign || !Vocabulary.ALL.contains(name)) {
            throw error("unknown element <" + shown + ">; allowed: " + Vocabulary.list(Vocabulary.ALL));
        }
        return name;
    }

    /** The next event that matters: characters, start or end element. Comments are skipped; DTDs refused. */
    private int next() throws XMLStreamException {
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (++depth > maxDepth) {
                        throw new LimitExceededException("markupDepth", MarkupParser.capitalize(where(
                                reader.getLocation(), templateName)) + ": the markup nests deeper than " + maxDepth
                                + " elements (markupDepth); " + PackLimits.howToRaise("markupDepth"));
                    }
                    return event;
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    return event;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    return XMLStreamConstants.CHARACTERS;
                case XMLStreamConstants.COMMENT:
                    continue;
                case XMLStreamConstants.DTD:
                    throw error("a DOCTYPE is not allowed in the letter markup; remove it from the template");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw error("the entity &" + reader.getLocalName() + "; is not allowed; use the character"
                            + " itself or a numeric reference such as &#160;");
                case XMLStreamConstants.PROCESSING_INSTRUCTION:
                    throw error("processing instructions (<?" + reader.getPITarget() + " ...?>) are not allowed"
                            + " in the letter markup");
                case XMLStreamConstants.END_DOCUMENT:
                    throw error("the markup ends before </article>");
                default:
                    continue;
            }
        }
    }

    private void flushText(StringBuilder text, List<Inline> into) {
        if (text.length() > 0) {
            into.add(new Text(Whitespace.collapse(text.toString())));
            text.setLength(0);
        }
    }

    private static void flushParagraph(List<Inline> run, List<Block> into) {
        if (!run.isEmpty()) {
            List<Inline> trimmed = Whitespace.trimBlock(run);
            if (!trimmed.isEmpty()) {
                into.add(new Paragraph(trimmed));
            }
            run.clear();
        }
    }

    private RenderException misplaced(String name, String container, Set<String> allowed) {
        return error("<" + name + "> is not allowed inside <" + container + ">; allowed there: "
                + Vocabulary.list(allowed));
    }

    private RenderException error(String message) {
        return new RenderException(MarkupParser.capitalize(where(reader.getLocation(), templateName)) + ": "
                + message);
    }

    static String where(Location location, String templateName) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + " of the generated markup of " + templateName;
    }

    private static String firstHeadingText(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Heading heading && heading.level() == 1) {
                return PlainText.of(heading.inlines());
            }
        }
        return "";
    }

    private static Map<String, Keep> keepWords() {
        Map<String, Keep> words = new LinkedHashMap<>();
        for (Keep keep : Keep.values()) {
            words.put(keep.name().toLowerCase(Locale.ROOT).replace('_', '-'), keep);
        }
        return words;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : Whitespace.collapseAndTrim(value);
    }

    private static List<Block> orEmpty(List<Block> blocks) {
        return blocks == null ? List.of() : blocks;
    }
}
