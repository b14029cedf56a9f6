package no.farvel.docx.testing;

import no.farvel.docx.internal.starter.WordPackage;

/** WordprocessingML for tests: paragraphs, runs, lists and tables written as Word writes them. */
public final class WordXml {
    private WordXml() {
    }

    /** A paragraph in the Normal style with one run of text. */
    public static String p(String text) {
        return "<w:p>" + run(text) + "</w:p>";
    }

    /** A paragraph in a style, such as {@code Heading2}, with one run of text. */
    public static String p(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + run(text) + "</w:p>";
    }

    /** A paragraph made of raw runs and other inline XML. */
    public static String paragraph(String inlineXml) {
        return "<w:p>" + inlineXml + "</w:p>";
    }

    /** A bulleted list paragraph. */
    public static String bullet(String text) {
        return listItem(WordPackage.BULLETS, 0, text);
    }

    /** A list paragraph of the bulleted or numbered list at a level. */
    public static String listItem(int numId, int level, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId"
                + " w:val=\"" + numId + "\"/></w:numPr></w:pPr>" + run(text) + "</w:p>";
    }

    /** A run of text. */
    public static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + WordPackage.escape(text) + "</w:t></w:r>";
    }

    /** A bold run of text. */
    public static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + WordPackage.escape(text) + "</w:t></w:r>";
    }

    /** A table whose rows are given as XML, its columns 2000 twips wide (as many as the widest row has). */
    public static String table(String... rows) {
        int columns = 0;
        for (String row : rows) {
            columns = Math.max(columns, row.split("<w:tc>", -1).length - 1);
        }
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
                + "<w:tblGrid>" + "<w:gridCol w:w=\"2000\"/>".repeat(columns) + "</w:tblGrid>"
                + String.join("", rows) + "</w:tbl>";
    }

    /** A row of cells each holding one paragraph of text. */
    public static String row(String... cells) {
        StringBuilder row = new StringBuilder("<w:tr>");
        for (String cell : cells) {
            row.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").append(p(cell)).append("</w:tc>");
        }
        return row.append("</w:tr>").toString();
    }

    /** A heading row, which Word repeats at the top of each page. */
    public static String headingRow(String... cells) {
        return row(cells).replaceFirst("<w:tr>", "<w:tr><w:trPr><w:tblHeader/></w:trPr>");
    }

    /** A complex field such as {@code PAGE}, with a cached result, as Word writes page numbers. */
    public static String field(String instruction, String cached) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                + instruction + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(cached)
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }
}
