package no.farvel.templates.internal.markup;

import java.util.ArrayList;
import java.util.List;
import no.farvel.localization.NoBreak;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;

/**
 * Applies a language's {@link NoBreak} rules to the text of a whole letter, so that no format breaks a line inside a
 * date, an amount, an account or invoice number: their spaces become U+00A0 and their hyphens U+2011. The rules run
 * over each paragraph's text as a whole, so a date that spans a bold and a plain run is found too.
 */
public final class NoBreakText {
    /** Stands for an inline without text (an image, a page number) while the rules run. */
    private static final char OBJECT = '\uFFFC';

    private final NoBreak rules;

    private NoBreakText(NoBreak rules) {
        this.rules = rules;
    }

    /** The letter with its protected sequences made unbreakable. */
    public static LetterDocument protect(LetterDocument letter, NoBreak rules) {
        NoBreakText text = new NoBreakText(rules);
        return new LetterDocument(letter.metadata(), text.blocks(letter.letterhead()), text.blocks(letter.recipient()),
                text.blocks(letter.body()), text.blocks(letter.footer()), letter.page());
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block(block));
        }
        return out;
    }

    private Block block(Block block) {
        if (block instanceof Paragraph p) {
            return new Paragraph(inlines(p.inlines()), p.role());
        } else if (block instanceof Heading h) {
            return new Heading(h.level(), inlines(h.inlines()));
        } else if (block instanceof ListBlock list) {
            return new ListBlock(list.ordered(), list.items().stream().map(this::blocks).toList());
        } else if (block instanceof Table table) {
            return new Table(rows(table.head()), rows(table.body()));
        } else if (block instanceof Division division) {
            return division.withBlocks(blocks(division.blocks()));
        } else if (block instanceof Rule) {
            return block;
        }
        throw new IllegalStateException("NoBreakText does not handle the block " + block);
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
        return rows.stream().map(row -> new Table.Row(row.cells().stream()
                .map(cell -> new Table.Cell(cell.header(), cell.numeric(), inlines(cell.inlines()))).toList()))
                .toList();
    }

    /** The inlines with the rules applied across all their text, every node keeping its own length. */
    private List<Inline> inlines(List<Inline> inlines) {
        StringBuilder flat = new StringBuilder();
        flatten(inlines, flat);
        String protectedText = rules.protect(flat.toString());
        if (protectedText.contentEquals(flat)) {
            return inlines;
        }
        return rebuild(inlines, protectedText, new int[] {0});
    }

    private static void flatten(List<Inline> inlines, StringBuilder into) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                into.append(text.text());
            } else if (children(inline) != null) {
                flatten(children(inline), into);
            } else {
                into.append(inline instanceof no.farvel.templates.document.LineBreak ? '\n' : OBJECT);
            }
        }
    }

    private static List<Inline> rebuild(List<Inline> inlines, String text, int[] at) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.add(new Text(text.substring(at[0], at[0] + t.text().length())));
                at[0] += t.text().length();
            } else if (inline instanceof Styled s) {
                out.add(new Styled(s.style(), rebuild(s.inlines(), text, at)));
            } else if (inline instanceof Span s) {
                out.add(new Span(s.cssClass(), s.role(), rebuild(s.inlines(), text, at)));
            } else if (inline instanceof Link l) {
                out.add(new Link(l.href(), rebuild(l.inlines(), text, at)));
            } else {
                out.add(inline);
                at[0]++;
            }
        }
        return out;
    }

    private static List<Inline> children(Inline inline) {
        return inline instanceof Styled s ? s.inlines()
                : inline instanceof Span s ? s.inlines()
                : inline instanceof Link l ? l.inlines()
                : null;
    }
}
