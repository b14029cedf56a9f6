package no.farvel.templates.internal.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The text of every part of a letter that its template marked with a role ({@code data-role="thanks"}). */
public final class RoleTexts {
    private RoleTexts() {
    }

    /** Each role to the plain text of its parts, in letter order; empty when the template marks no role. */
    public static Map<String, List<String>> of(LetterDocument document) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (List<Block> part : List.of(document.letterhead(), document.recipient(), document.body(),
                document.footer())) {
            blocks(part, roles);
        }
        return roles;
    }

    private static void blocks(List<Block> blocks, Map<String, List<String>> roles) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                add(roles, paragraph.role(), paragraph.inlines());
                inlines(paragraph.inlines(), roles);
            } else if (block instanceof Heading heading) {
                inlines(heading.inlines(), roles);
            } else if (block instanceof Division division) {
                if (division.role() != null) {
                    roles.computeIfAbsent(division.role(), r -> new ArrayList<>()).add(text(division.blocks()));
                }
                blocks(division.blocks(), roles);
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> blocks(item, roles));
            } else if (block instanceof Table table) {
                for (List<Table.Row> rows : List.of(table.head(), table.body())) {
                    rows.forEach(row -> row.cells().forEach(cell -> inlines(cell.inlines(), roles)));
                }
            } else if (!(block instanceof Rule)) {
                throw new IllegalStateException("Unhandled block node " + block);
            }
        }
    }

    private static void inlines(List<Inline> inlines, Map<String, List<String>> roles) {
        for (Inline inline : inlines) {
            if (inline instanceof Span span) {
                add(roles, span.role(), span.inlines());
                inlines(span.inlines(), roles);
            } else if (inline instanceof Styled styled) {
                inlines(styled.inlines(), roles);
            } else if (inline instanceof Link link) {
                inlines(link.inlines(), roles);
            }
        }
    }

    private static void add(Map<String, List<String>> roles, String role, List<Inline> inlines) {
        if (role != null) {
            roles.computeIfAbsent(role, r -> new ArrayList<>()).add(PlainText.of(inlines).strip());
        }
    }

    private static String text(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                text.append(PlainText.of(paragraph.inlines())).append(' ');
            } else if (block instanceof Heading heading) {
                text.append(PlainText.of(heading.inlines())).append(' ');
            } else if (block instanceof Division division) {
                text.append(text(division.blocks())).append(' ');
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> text.append(text(item)).append(' '));
            }
        }
        return text.toString().strip();
    }
}
