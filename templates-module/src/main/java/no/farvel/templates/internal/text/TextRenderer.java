package no.farvel.templates.internal.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.farvel.localization.NoBreak;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.internal.flow.Pageless;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderContext;

/**
 * Writes the letter as plain text for the text part of an e-mail: lines of at most 72 code points ending in
 * {@code \n}, blocks separated by a blank line, never breaking at a no-break space. Footer paragraphs with page numbers are left out.
 */
public final class TextRenderer implements LetterRenderer {
    /** The line width; 72 leaves room for quoting in replies. */
    public static final int WIDTH = 72;

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(LetterDocument document, RenderContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "The parameter 'document' must not be null");
        Objects.requireNonNull(out, "The parameter 'out' must not be null");
        out.write(text(document).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole letter as text. */
    String text(LetterDocument document) {
        List<String> lines = new ArrayList<>();
        section(lines, document.letterhead());
        section(lines, document.recipient());
        section(lines, document.body());
        section(lines, Pageless.footer(document.footer()));
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.stripTrailing()).append('\n');
        }
        // Wrap breaks only at spaces, and so does a reader's format=flowed reflow (RFC 3676): a plain hyphen keeps an
        // invoice number on one line and lets the reader search for it as written. No-break spaces stay.
        return text.toString().replace(NoBreak.NO_BREAK_HYPHEN, '-');
    }

    private static void section(List<String> lines, List<Block> blocks) {
        List<String> section = blocks(blocks, WIDTH);
        if (section.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(section);
    }

    static List<String> blocks(List<Block> blocks, int width) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            List<String> blockLines = block(block, width);
            if (blockLines.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(blockLines);
        }
        return lines;
    }

    private static List<String> block(Block block, int width) {
        if (block instanceof Paragraph paragraph) {
            String text = TextInlines.flatten(paragraph.inlines());
            return text.isEmpty() ? List.of() : Wrap.lines(text, width);
        } else if (block instanceof Heading heading) {
            return heading(heading, width);
        } else if (block instanceof ListBlock list) {
            return list(list, width);
        } else if (block instanceof Table table) {
            return TextTable.lines(table, width);
        } else if (block instanceof Rule) {
            return List.of("-".repeat(width));
        } else if (block instanceof Division division) {
            return blocks(division.blocks(), width);
        }
        throw new IllegalStateException("TextRenderer does not handle the block " + block);
    }

    private static List<String> heading(Heading heading, int width) {
        String text = TextInlines.flatten(heading.inlines());
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Wrap.lines(text, width));
        if (heading.level() < 3) {
            int length = lines.stream().mapToInt(Wrap::length).max().orElse(0);
            lines.add((heading.level() == 1 ? "=" : "-").repeat(length));
        }
        return lines;
    }

    private static List<String> list(ListBlock list, int width) {
        int indent = list.ordered() ? String.valueOf(list.items().size()).length() + 2 : 2;
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (List<Block> item : list.items()) {
            String marker = list.ordered() ? number++ + "." : "-";
            List<String> itemLines = blocks(item, width - indent);
            if (itemLines.isEmpty()) {
                itemLines = List.of("");
            }
            for (int i = 0; i < itemLines.size(); i++) {
                String line = itemLines.get(i);
                String prefix = i == 0 ? marker + " ".repeat(indent - marker.length()) : " ".repeat(indent);
                lines.add(line.isEmpty() && i > 0 ? "" : prefix + line);
            }
        }
        return lines;
    }
}
