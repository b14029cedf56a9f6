package no.farvel.docx.internal;

import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlipFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPictureNonVisual;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Puts pictures in runs as Word's inline drawings, the same XML as POI's {@code XWPFRun.addPicture} writes. That
 * method parses a snippet of XML with a new DOM parser for every picture, which took a sixth of the DOCX time of a
 * letter with a logo; here the snippet's elements are made directly. One per letter: it numbers the letter's drawings.
 */
final class DocxPictures {
    private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final QName GRAPHIC = new QName(DRAWING_ML, "graphic", "a");
    private static final QName GRAPHIC_DATA = new QName(DRAWING_ML, "graphicData", "a");
    private static final QName PIC = new QName(PICTURE, "pic", "pic");

    /** The next drawing's id; POI numbers a new document's drawings from 0. */
    private long nextId;

    /**
     * Adds the picture's data to the run's part (or finds the same picture there) and shows it in the run.
     *
     * @param fileName the picture's name in the pack, which Word keeps as the picture's description
     * @param alt the text for readers who cannot see the picture
     * @param width the width in EMU (English Metric Units: 914,400 an inch)
     * @param height the height in EMU
     */
    void add(XWPFRun run, byte[] data, PictureType type, String fileName, String alt, long width, long height)
            throws InvalidFormatException {
        String relationId = addData(run.getParent().getPart(), data, type);
        long id = nextId++;

        CTInline inline = run.getCTR().addNewDrawing().addNewInline();
        CTPicture picture = graphic(inline);
        inline.setDistT(0);
        inline.setDistR(0);
        inline.setDistB(0);
        inline.setDistL(0);
        CTNonVisualDrawingProps drawing = inline.addNewDocPr();
        drawing.setId(id);
        drawing.setName("Drawing " + id);
        drawing.setDescr(alt);
        size(inline.addNewExtent(), width, height);

        CTPictureNonVisual nonVisual = picture.addNewNvPicPr();
        CTNonVisualDrawingProps properties = nonVisual.addNewCNvPr();
        properties.setId(0); // as POI writes it: the drawing's own number is the one above
        properties.setName("Picture " + id);
        properties.setDescr(fileName);
        nonVisual.addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);
        CTBlipFillProperties fill = picture.addNewBlipFill();
        fill.addNewBlip().setEmbed(relationId);
        fill.addNewStretch().addNewFillRect();
        CTShapeProperties shape = picture.addNewSpPr();
        CTTransform2D transform = shape.addNewXfrm();
        CTPoint2D offset = transform.addNewOff();
        offset.setX(0L);
        offset.setY(0L);
        size(transform.addNewExt(), width, height);
        CTPresetGeometry2D geometry = shape.addNewPrstGeom();
        geometry.setPrst(STShapeType.RECT);
        geometry.addNewAvLst();
    }

    /** Adds the data to the header, footer or body's part, which relates to it; returns the relation's id. */
    private static String addData(POIXMLDocumentPart part, byte[] data, PictureType type)
            throws InvalidFormatException {
        if (part instanceof XWPFHeaderFooter headerOrFooter) {
            return headerOrFooter.addPictureData(data, type);
        } else if (part instanceof XWPFDocument document) {
            return document.addPictureData(data, type);
        }
        throw new IllegalStateException("A picture in a " + part.getClass().getSimpleName()
            + "; DocxPictures knows the body, headers and footers");
    }

    /**
     * The drawing's graphic, a picture: {@code <a:graphic><a:graphicData uri="…"><pic:pic/>}, each namespace declared
     * on the element that first uses it, as POI writes them. Returns the empty picture.
     */
    private static CTPicture graphic(CTInline inline) {
        try (XmlCursor cursor = inline.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(GRAPHIC);
            cursor.insertNamespace(GRAPHIC.getPrefix(), DRAWING_ML);
            cursor.beginElement(GRAPHIC_DATA);
            cursor.insertAttributeWithValue("uri", PICTURE);
            cursor.beginElement(PIC);
            cursor.insertNamespace(PIC.getPrefix(), PICTURE);
            cursor.toParent();
            return (CTPicture) cursor.getObject();
        }
    }

    private static void size(CTPositiveSize2D size, long width, long height) {
        size.setCx(width);
        size.setCy(height);
    }
}
