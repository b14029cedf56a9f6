package no.farvel.docx.internal.compile;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import no.farvel.docx.internal.compile.WordBlock.ListLevel;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * The document's styles and numbering as the letter needs them: a paragraph's role, its list level, and the bold,
 * italic, underline and role (thanks, good wishes, payable) of a run. A paragraph style's own boldness (a heading's) is the style's, not the
 * text's, so only character styles and direct formatting make text bold.
 */
final class WordStyles {
    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    private final Element docDefaults;

    WordStyles(XWPFDocument document) {
        this.styles = document.getStyles();
        this.numbering = document.getNumbering();
        Element defaults = null;
        try {
            var all = document.getStyle();
            defaults = all != null && all.isSetDocDefaults() ? (Element) all.getDocDefaults().getDomNode() : null;
        } catch (org.apache.xmlbeans.XmlException | java.io.IOException | RuntimeException noStyles) {
            // A document without a styles part has no default language either.
        }
        this.docDefaults = defaults;
    }

    /** The role of a paragraph with these properties: its style's, or the nearest style it is based on. */
    Roles paragraphRole(Element pPr) {
        Roles role = roleOf(Dom.val(pPr, "pStyle"));
        return role == null ? Roles.PARAGRAPH : role;
    }

    /** The list level of a paragraph, from its own numbering or its style's; null when it is not in a list. */
    ListLevel listLevel(Element pPr) {
        Element numPr = Dom.child(pPr, "numPr");
        String styleId = Dom.val(pPr, "pStyle");
        Set<String> seen = new HashSet<>();
        while (numPr == null && styleId != null && seen.add(styleId)) {
            Element style = styleElement(styleId);
            numPr = Dom.child(Dom.child(style, "pPr"), "numPr");
            styleId = style == null ? null : Dom.val(style, "basedOn");
        }
        String numId = Dom.val(numPr, "numId");
        if (numId == null || numId.equals("0") || numbering == null) {
            return null;
        }
        int level = (int) Dom.number(Dom.child(numPr, "ilvl"), "val", 0);
        String format = numberFormat(numId, level);
        if ("none".equals(format)) {
            return null;
        }
        return new ListLevel(Math.max(0, Math.min(level, 8)), format != null && !"bullet".equals(format));
    }

    /** A run's formatting: its character style's, then its own. */
    Format runFormat(Element rPr, Format around) {
        boolean bold = false;
        boolean italic = false;
        boolean underline = false;
        Roles marked = around.role();
        String styleId = Dom.val(rPr, "rStyle");
        Set<String> seen = new HashSet<>();
        // Walk up from the run's style; the nearest setting wins, so only unset toggles are filled in.
        Boolean b = null;
        Boolean i = null;
        Boolean u = null;
        while (styleId != null && seen.add(styleId)) {
            Element style = styleElement(styleId);
            if (style == null) {
                break;
            }
            Roles role = Roles.ofStyleName(Dom.val(style, "name"));
            if (marked == null && role != null && role.marksText()) {
                marked = role;
            }
            Element styleRun = Dom.child(style, "rPr");
            b = b != null ? b : Dom.toggle(styleRun, "b");
            i = i != null ? i : Dom.toggle(styleRun, "i");
            u = u != null ? u : underline(styleRun);
            styleId = Dom.val(style, "basedOn");
        }
        Boolean ownB = Dom.toggle(rPr, "b");
        Boolean ownI = Dom.toggle(rPr, "i");
        Boolean ownU = underline(rPr);
        bold = ownB != null ? ownB : b != null && b;
        italic = ownI != null ? ownI : i != null && i;
        underline = ownU != null ? ownU : u != null && u;
        return new Format(bold, italic, underline, around.href(), marked);
    }

    /** Hidden text (Word's "hidden" font effect) is not printed, so it is not part of the letter. */
    static boolean hidden(Element rPr) {
        return Boolean.TRUE.equals(Dom.toggle(rPr, "vanish"));
    }

    /** The document's language from its default run properties, such as {@code nb-NO}; null when none is set. */
    String language() {
        String language = Dom.attr(Dom.child(Dom.child(Dom.child(docDefaults, "rPrDefault"), "rPr"), "lang"), "val");
        if (language != null) {
            return language;
        }
        return Dom.attr(Dom.child(Dom.child(styleElement("Normal"), "rPr"), "lang"), "val");
    }

    private static Boolean underline(Element rPr) {
        Element u = Dom.child(rPr, "u");
        if (u == null) {
            return null;
        }
        String value = Dom.attr(u, "val");
        return value != null && !value.equals("none");
    }

    private Roles roleOf(String styleId) {
        Set<String> seen = new HashSet<>();
        while (styleId != null && seen.add(styleId)) {
            Element style = styleElement(styleId);
            if (style == null) {
                return Roles.ofStyleName(styleId);
            }
            Roles role = Roles.ofStyleName(Dom.val(style, "name"));
            if (role != null) {
                return role;
            }
            styleId = Dom.val(style, "basedOn");
        }
        return null;
    }

    private Element styleElement(String styleId) {
        if (styles == null || styleId == null) {
            return null;
        }
        XWPFStyle style = styles.getStyle(styleId);
        return style == null ? null : (Element) style.getCTStyle().getDomNode();
    }

    private String numberFormat(String numId, int level) {
        XWPFNum num = numbering.getNum(new BigInteger(numId.replaceAll("\\D", "0")));
        if (num == null) {
            return null;
        }
        Element numElement = (Element) num.getCTNum().getDomNode();
        for (Element override : Dom.children(numElement)) {
            if (Dom.is(override, "lvlOverride") && Dom.number(override, "ilvl", -1) == level) {
                String format = Dom.val(Dom.child(override, "lvl"), "numFmt");
                if (format != null) {
                    return format;
                }
            }
        }
        String abstractId = Dom.val(numElement, "abstractNumId");
        XWPFAbstractNum abstractNum = abstractId == null ? null
                : numbering.getAbstractNum(new BigInteger(abstractId.replaceAll("\\D", "0")));
        if (abstractNum == null) {
            return null;
        }
        for (Element lvl : Dom.children(abstractNum.getCTAbstractNum().getDomNode())) {
            if (Dom.is(lvl, "lvl") && Dom.number(lvl, "ilvl", -1) == level) {
                return Dom.val(lvl, "numFmt");
            }
        }
        return null;
    }
}
