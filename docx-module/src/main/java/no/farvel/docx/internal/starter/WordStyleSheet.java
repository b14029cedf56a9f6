package no.farvel.docx.internal.starter;

/**
 * The styles and lists of Farvel's own Word letters. Style names are Word's built-in ones where Word has one
 * ("heading 1", "Title", "Signature"), so Word shows them in the author's language, and Farvel's own where it has
 * none (Recipient, and the character styles Thanks and Good wishes that mark the closing sentences, and
 * Payable that marks the amount to pay).
 */
final class WordStyleSheet {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String ACCENT = "1F3A5F";

    private WordStyleSheet() {
    }

    static String styles(String font, String language) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + W + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font
                + "\" w:cs=\"" + font + "\" w:eastAsia=\"" + font + "\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
                + "<w:lang w:val=\"" + language + "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing"
                + " w:after=\"140\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + paragraph("Normal", "Normal", null, "", "", true)
                + paragraph("Title", "Title", "Normal", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"180\"/>",
                        "<w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"28\"/>", false)
                + heading(1, 26, 300) + heading(2, 23, 240) + heading(3, 22, 200)
                + paragraph("Recipient", "Recipient", "Normal", "<w:keepLines/><w:spacing w:after=\"0\"/>", "", false)
                + paragraph("Date", "Date", "Normal", "", "", false)
                + paragraph("Signature", "Signature", "Normal", "<w:keepNext/><w:keepLines/><w:spacing w:after=\"0\"/>",
                        "", false)
                + paragraph("Header", "header", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>",
                        "<w:sz w:val=\"18\"/>", false)
                + paragraph("Footer", "footer", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                        "<w:color w:val=\"6B727B\"/><w:sz w:val=\"16\"/>", false)
                + paragraph("ListParagraph", "List Paragraph", "Normal", "<w:spacing w:after=\"60\"/>"
                        + "<w:ind w:left=\"720\"/>", "", false)
                + character("Thanks", "Thanks") + character("GoodWishes", "Good wishes") + character("Payable", "Payable")
                + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr>"
                + "<w:color w:val=\"" + ACCENT + "\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn"
                + " w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:color=\""
                + ACCENT + "\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:color=\"" + ACCENT + "\"/><w:insideH"
                + " w:val=\"single\" w:sz=\"4\" w:color=\"BFBFBF\"/></w:tblBorders></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>"
                + "</w:styles>";
    }

    private static String heading(int level, int halfPoints, int before) {
        return paragraph("Heading" + level, "heading " + level, "Normal", "<w:keepNext/><w:keepLines/><w:spacing"
                + " w:before=\"" + before + "\" w:after=\"80\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                "<w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"" + halfPoints + "\"/>", false);
    }

    private static String paragraph(String id, String name, String basedOn, String pPr, String rPr,
                                    boolean isDefault) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr>"
                + "</w:style>";
    }

    /** A character style that changes nothing in how text looks; it only marks what the text is. */
    private static String character(String id, String name) {
        return "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:qFormat/></w:style>";
    }

    static String numbering() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + level(0, "bullet", "•", 720) + level(1, "bullet", "◦", 1440)
                + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + level(0, "decimal", "%1.", 720) + level(1, "lowerLetter", "%2)", 1440)
                + "</w:abstractNum><w:num w:numId=\"" + WordPackage.BULLETS + "\"><w:abstractNumId w:val=\"0\"/>"
                + "</w:num><w:num w:numId=\"" + WordPackage.NUMBERS + "\"><w:abstractNumId w:val=\"1\"/></w:num>"
                + "</w:numbering>";
    }

    private static String level(int level, String format, String text, int indent) {
        return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText"
                + " w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\""
                + "360\"/></w:pPr></w:lvl>";
    }
}
