package no.farvel.docx.internal.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.farvel.docx.internal.compile.WordBlock.Grid;
import no.farvel.docx.internal.compile.WordBlock.GridCell;
import no.farvel.docx.internal.compile.WordBlock.GridRow;
import no.farvel.docx.internal.compile.WordBlock.Para;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.spi.CompiledLetter;
import no.farvel.templates.spi.LetterSource;
import no.farvel.templates.spi.LetterSourceCompiler;
import no.farvel.templates.spi.LetterSourceException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Compiles a letter written in Word ({@code .docx}) into the letter markup, once, when its pack is loaded: the
 * document's paragraphs, headings, lists, tables, pictures, letterhead, footer, paper and margins, with the
 * FreeMarker tags its author wrote as ordinary text ({@code [#if …]}, {@code [#list …]}, {@code [=client.name]}).
 * Every fault is reported with its place in the document. Stateless and thread-safe.
 */
public final class WordLetterCompiler implements LetterSourceCompiler {
    /** Creates the compiler; {@link java.util.ServiceLoader} calls this. */
    public WordLetterCompiler() {
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public CompiledLetter compile(LetterSource source) {
        WordArchive.check("Pack '" + source.pack() + "': '" + source.path() + "'", source.bytes(), source.limits());
        Problems problems = new Problems();
        XWPFDocument document;
        try {
            document = new XWPFDocument(new ByteArrayInputStream(source.bytes()));
        } catch (IOException | RuntimeException e) {
            problems.add("the file", "it cannot be read as a Word document (.docx): " + e.getMessage()
                    + "; save it from Word or LibreOffice as Word Document (.docx)");
            throw new LetterSourceException(source.pack(), source.path(), problems.list());
        }
        try {
            return compile(source, document, problems);
        } finally {
            document.getPackage().revert();
        }
    }

    private CompiledLetter compile(LetterSource source, XWPFDocument document, Problems problems) {
        Pictures pictures = new Pictures(source.pack(), source.path(), source.limits().imagePixels());
        WordReader reader = new WordReader(document, pictures, problems);
        WordReader.Story header = reader.letterhead();
        WordReader.Story body = reader.body();
        WordReader.Story footer = reader.footer();
        PageSetup page = reader.page();
        TagScanner scanner = new TagScanner(problems);
        Where properties = new Where("the document's properties (File ▸ Info)", 0, false, "");
        String title = blankToNull(reader.title());
        String subject = blankToNull(reader.subject());

        Map<Para, List<Item>> items = new IdentityHashMap<>();
        List<WordReader.Story> stories = List.of(header, body, footer);
        List<List<Tag>> tagsByStory = new ArrayList<>();
        for (WordReader.Story story : stories) {
            List<Tag> tags = new ArrayList<>();
            for (Para para : paragraphs(story.blocks())) {
                List<Item> found = new ArrayList<>(scanner.scan(para));
                items.put(para, found);
                found.stream().filter(Tag.class::isInstance).map(Tag.class::cast).forEach(tags::add);
            }
            tagsByStory.add(tags);
        }
        for (List<Tag> tags : tagsByStory) {
            Pairing.pair(tags, problems);
        }
        if (!problems.any()) {
            DirectiveLines.drop(items.values());
        }
        if (!problems.any()) {
            check(source, stories, items, tagsByStory, scanner, title, subject, properties, problems);
        }
        if (problems.any()) {
            throw new LetterSourceException(source.pack(), source.path(), problems.list());
        }
        Layout layout = new Layout(items, problems);
        Grouping grouping = new Grouping(problems);
        Node letterhead = layout.story(new Where(header.name(), 0, false, ""), header.blocks());
        Node main = layout.story(new Where("the body", 0, false, ""), body.blocks());
        Node foot = layout.story(new Where(footer.name(), 0, false, ""), footer.blocks());
        if (problems.any()) {
            throw new LetterSourceException(source.pack(), source.path(), problems.list()); // before they cascade
        }
        grouping.group(letterhead, false);
        grouping.group(main, true);
        grouping.group(foot, false);
        grouping.check(letterhead, false);
        grouping.check(main, header.printsSomething());
        grouping.check(foot, false);
        if (problems.any()) {
            throw new LetterSourceException(source.pack(), source.path(), problems.list());
        }
        InlineWriter inlines = new InlineWriter(scanner);
        MarkupWriter writer = new MarkupWriter(inlines);
        writer.line(article(inlines, title, subject, page), properties.place());
        writer.story(letterhead, "header");
        writer.story(main, null);
        writer.story(foot, "footer");
        writer.line("</article>", properties.place());
        if (problems.any()) {
            throw new LetterSourceException(source.pack(), source.path(), problems.list());
        }
        return new CompiledLetter(writer.template(), writer.origins(), pictures.files(), reader.language());
    }

    /** Checks names and links in document order, the header first, so loop variables are known where used. */
    private static void check(LetterSource source, List<WordReader.Story> stories, Map<Para, List<Item>> items,
                              List<List<Tag>> tagsByStory, TagScanner scanner, String title, String subject,
                              Where properties, Problems problems) {
        List<Tag> all = tagsByStory.stream().flatMap(List::stream).toList();
        FieldCheck fields = new FieldCheck(source.fields(), problems, all);
        for (String text : new String[] {title, subject}) {
            if (text != null) {
                scanner.scanText(text, properties.withText(text), "the document's Title and Subject")
                        .forEach(fields::check);
            }
        }
        for (WordReader.Story story : stories) {
            for (Para para : paragraphs(story.blocks())) {
                String href = null;
                for (Item item : items.get(para)) {
                    fields.check(item);
                    Format format = item instanceof Item.Literal literal ? literal.format()
                            : item instanceof Item.Field field ? field.format() : null;
                    if (format != null && format.href() != null && !format.href().equals(href)) {
                        href = format.href();
                        link(href, para.where(), scanner, fields, problems);
                    }
                    if (item instanceof Item.Image image) {
                        scanner.scanText(image.picture().alt(), para.where().withText(image.picture().alt()),
                                "a picture's description").forEach(fields::check);
                    }
                }
            }
        }
    }

    /** A link must go to the web or to an e-mail address, as the letter markup requires. */
    private static void link(String href, Where where, TagScanner scanner, FieldCheck fields, Problems problems) {
        List<Item> parts = scanner.scanText(href, where.withText(href), "a link");
        parts.forEach(fields::check);
        if (!parts.isEmpty() && parts.get(0) instanceof Item.Literal first) {
            String start = first.text().strip().toLowerCase(Locale.ROOT);
            if (!start.startsWith("https:") && !start.startsWith("http:") && !start.startsWith("mailto:")) {
                problems.add(where, "the link to '" + href + "' is not allowed: a letter may link to https:, http:"
                        + " and mailto: addresses only");
            }
        }
    }

    private static String article(InlineWriter inlines, String title, String subject, PageSetup page) {
        StringBuilder article = new StringBuilder("<article lang=\"[=letter.lang]\" data-author=\"[=provider.name]\"");
        if (title != null) {
            article.append(" data-title=\"").append(inlines.attribute(title, "the document's Title")).append('"');
        }
        if (subject != null) {
            article.append(" data-subject=\"").append(inlines.attribute(subject, "the document's Subject"))
                    .append('"');
        }
        if (page != null) {
            article.append(" data-page-size=\"").append(InlineWriter.number(page.width())).append("mm ")
                    .append(InlineWriter.number(page.height())).append("mm\" data-page-margins=\"")
                    .append(InlineWriter.number(page.top())).append("mm ").append(InlineWriter.number(page.right()))
                    .append("mm ").append(InlineWriter.number(page.bottom())).append("mm ")
                    .append(InlineWriter.number(page.left())).append("mm\"");
        }
        return article.append('>').toString();
    }

    /** Every paragraph of the blocks in document order, those in table cells included. */
    static List<Para> paragraphs(List<WordBlock> blocks) {
        List<Para> paragraphs = new ArrayList<>();
        for (WordBlock block : blocks) {
            if (block instanceof Para para) {
                paragraphs.add(para);
            } else {
                for (GridRow row : ((Grid) block).rows()) {
                    for (GridCell cell : row.cells()) {
                        paragraphs.addAll(cell.paragraphs());
                    }
                }
            }
        }
        return paragraphs;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
