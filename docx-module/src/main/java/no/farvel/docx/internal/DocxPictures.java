package no.farvel.docx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The letter's pictures: each different image once in the package ({@code word/media/image1.png}, ...), related to
 * every part that shows it, and drawn in runs as Word's inline drawings, the XML POI's {@code XWPFRun.addPicture}
 * wrote. One per letter: it numbers the letter's drawings and media files.
 */
final class DocxPictures {
    private static final String RELATION = WordPart.RELATIONSHIPS + "/image";
    private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /** A picture file of the package. */
    record Media(String name, String contentType, byte[] data) {
    }

    private final List<Media> media = new ArrayList<>();
    /** The next drawing's id; POI numbered a new document's drawings from 0. */
    private long nextId;

    /** The package's picture files, in the order first shown. */
    List<Media> media() {
        return media;
    }

    /**
     * Shows the picture in the run being written into the paragraph, adding its data to the package unless the same
     * picture is there already.
     *
     * @param mediaType {@code image/png} or {@code image/jpeg}
     * @param fileName the picture's name in the pack, which Word keeps as the picture's description
     * @param alt the text for readers who cannot see the picture
     * @param width the width in EMU (English Metric Units: 914,400 an inch)
     * @param height the height in EMU
     */
    void add(WordParagraph paragraph, StringBuilder run, byte[] data, String mediaType, String fileName, String alt,
             long width, long height) {
        String relationId = relate(paragraph.part(), data, mediaType);
        long id = nextId++;
        paragraph.picture(height);
        run.append("<w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"")
            .append(width).append("\" cy=\"").append(height).append("\"/><wp:docPr id=\"").append(id)
            .append("\" name=\"Drawing ").append(id).append("\" descr=\"");
        XmlEscape.wordAttribute(run, alt);
        run.append("\"/><a:graphic xmlns:a=\"" + DRAWING_ML + "\"><a:graphicData uri=\"" + PICTURE + "\">"
            + "<pic:pic xmlns:pic=\"" + PICTURE + "\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ")
            .append(id).append("\" descr=\"");
        XmlEscape.wordAttribute(run, fileName);
        run.append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"").append(relationId).append("\"/><a:stretch><a:fillRect/>"
            + "</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(width)
            .append("\" cy=\"").append(height).append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
            + "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>");
    }

    /** The part's relationship to the picture's file, made (with the file) when there is none yet. */
    private String relate(WordPart part, byte[] data, String mediaType) {
        Media file = null;
        for (Media existing : media) {
            if (Arrays.equals(existing.data(), data)) {
                file = existing;
                break;
            }
        }
        if (file == null) {
            boolean png = mediaType.equals("image/png");
            file = new Media("word/media/image" + (media.size() + 1) + (png ? ".png" : ".jpeg"),
                png ? "image/png" : "image/jpeg", data);
            media.add(file);
        }
        String target = file.name().substring("word/".length());
        String id = part.relationTo(target);
        return id != null ? id : part.relate(RELATION, target, false);
    }
}
