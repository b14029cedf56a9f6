package no.farvel.mail.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.Image;
import no.farvel.templates.document.Inline;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.LineBreak;
import no.farvel.templates.document.Link;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.PageCount;
import no.farvel.templates.document.PageNumber;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Span;
import no.farvel.templates.document.Styled;
import no.farvel.templates.document.Table;
import no.farvel.templates.document.Text;
import no.farvel.templates.spi.EmailImages;

/** Finds the images of a letter, so the mail can carry them beside the HTML body that shows them. */
public final class LetterImages {
    private LetterImages() {
    }

    /** Every image of the document by Content-ID, in reading order. */
    public static Map<String, Image> of(LetterDocument document) {
        Map<String, Image> images = new LinkedHashMap<>();
        for (List<Block> part : List.of(document.letterhead(), document.recipient(), document.body(),
                document.footer())) {
            blocks(part, images);
        }
        return images;
    }

    /** The media type for an image file, from its extension. */
    public static String mediaType(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (lower.endsWith(".gif")) {
            return "image/gif";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    private static void blocks(List<Block> blocks, Map<String, Image> images) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                inlines(p.inlines(), images);
            } else if (block instanceof Heading h) {
                inlines(h.inlines(), images);
            } else if (block instanceof ListBlock l) {
                l.items().forEach(item -> blocks(item, images));
            } else if (block instanceof Table t) {
                for (List<Table.Row> rows : List.of(t.head(), t.body())) {
                    rows.forEach(row -> row.cells().forEach(cell -> inlines(cell.inlines(), images)));
                }
            } else if (block instanceof Division d) {
                blocks(d.blocks(), images);
            } else if (!(block instanceof Rule)) {
                throw new IllegalStateException("LetterImages does not handle the block " + block);
            }
        }
    }

    private static void inlines(List<Inline> inlines, Map<String, Image> images) {
        for (Inline inline : inlines) {
            if (inline instanceof Image image) {
                images.putIfAbsent(EmailImages.contentId(image), image);
            } else if (inline instanceof Styled s) {
                inlines(s.inlines(), images);
            } else if (inline instanceof Link l) {
                inlines(l.inlines(), images);
            } else if (inline instanceof Span s) {
                inlines(s.inlines(), images);
            } else if (!(inline instanceof Text || inline instanceof LineBreak || inline instanceof PageNumber
                    || inline instanceof PageCount)) {
                throw new IllegalStateException("LetterImages does not handle the inline " + inline);
            }
        }
    }
}
