package no.farvel.docx.internal.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.localization.LetterLocale;

/**
 * Farvel's built-in letter as a Word document in one language: the layout of the built-in pack's {@code letter.ftlh}
 * with the sentences of its {@code messages_<locale>.properties} written out in the text, and the choices between
 * them as {@code [#if …]} tags, so that a legal team can read and change every sentence in Word. When the built-in
 * wording changes, write these documents again.
 */
public final class StarterLetter {
    private static final String BUNDLES = "no/farvel/templates/packs/default/messages_";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final String[] REASONS = {"HARASSMENT", "EXCESSIVE_DEMANDS", "UNPAID_EXTRA_WORK", "LATE_PAYMENT",
        "DISPUTED_CHARGES", "BREACH_OF_CONTRACT", "OTHER"};

    private final Properties words;

    private StarterLetter(Properties words) {
        this.words = words;
    }

    /** The letter in {@code locale} as a .docx file. */
    public static byte[] document(LetterLocale locale) {
        StarterLetter letter = new StarterLetter(bundle(locale));
        return new WordPackage()
                .language(locale.documentLanguageTag())
                .page(210, 297, 20, 20, 25, 20)
                .properties("", letter.text("letter.subject"))
                .firstPageHeader(letter.letterhead())
                .footer(letter.footer())
                .body(letter.body())
                .build();
    }

    private String letterhead() {
        return p("Header", bold("[=provider.name]") + br() + run("[=provider.addressLine][#if provider.contactLine"
                + "?has_content]") + br() + run("[=provider.contactLine][/#if]"));
    }

    private String footer() {
        return p("Footer", run("[=provider.name] · [=provider.addressLine][#if provider.orgNumber?has_content] · "
                + text("footer.orgNumber") + " [=provider.orgNumber][/#if][#if provider.website?has_content] ·"
                + " [=provider.website][/#if]"))
                + p("Footer", run(text("footer.page") + " ") + field("PAGE") + run(" " + text("footer.of") + " ")
                + field("NUMPAGES"));
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        body.append(p("Recipient", run("[=client.name][#if client.attention?has_content]") + br()
                + run(text("address.attention") + " [=client.attention][/#if][#list client.addressLines as line]")
                + br() + run("[=line][/#list]")));
        body.append(p("Date", run("[#if provider.city?has_content]" + text("place.date") + "[#else]"
                + text("date.only") + "[/#if][#if letter.ourRef?has_content]") + br() + run(text("ref.ours")
                + " [=letter.ourRef][/#if][#if letter.theirRef?has_content]") + br() + run(text("ref.theirs")
                + " [=letter.theirRef][/#if]")));
        body.append(p("Title", run("[#if contract.title?has_content]" + text("letter.title") + "[#else]"
                + text("letter.title.noContract") + "[/#if]")));
        body.append(either("client.attention?has_content", "salutation.attention", "salutation.general"));
        body.append(p(null, run("[#if !contract.title?has_content]" + text("decision.noContract")
                + "[#elseif contract.signedOn?has_content]" + text("decision.withContract") + "[#else]"
                + text("decision.withContractNoDate") + "[/#if][#if contract.noticeRespected] "
                + text("decision.notice") + "[/#if]")));

        body.append(p("Heading2", run(text("reasons.heading")))).append(p(null, run(text("reasons.intro"))));
        StringBuilder sentences = new StringBuilder();
        for (String reason : REASONS) {
            if (!text("reason." + reason).isEmpty()) {
                sentences.append(sentences.length() == 0 ? "[#if" : "[#elseif").append(" reason.type == \"")
                        .append(reason).append("\"]").append(text("reason." + reason)).append(' ');
            }
        }
        body.append(p(null, run("[#list reasons as reason]")))
                .append(bullet(run(sentences + "[/#if][=reason.detail]")))
                .append(p(null, run("[/#list]")));

        body.append(p(null, run("[#if steps?has_content]")))
                .append(p("Heading2", run(text("steps.heading")))).append(p(null, run(text("steps.intro"))))
                .append(p(null, run("[#list steps as step]")))
                .append(bullet(run("[=step.date]: [=step.description]")))
                .append(p(null, run("[/#list]"))).append(p(null, run("[/#if]")));

        body.append(p(null, run("[#if invoices?has_content]")))
                .append(p("Heading2", run(text("invoices.heading")))).append(p(null, run(text("invoices.intro"))))
                .append(p(null, run("[#if anyKid]"))).append(invoices(true))
                .append(p(null, run("[#else]"))).append(invoices(false)).append(p(null, run("[/#if]")))
                .append(p(null, bold("[#list outstanding as total]" + text("invoices.total") + ": [=total][#sep]")
                        + br() + bold("[/#list]")))
                .append(p(null, run("[#if outstanding?has_content && provider.bankAccount?has_content][#if anyKid]"
                        + text("invoices.payTo") + "[#else]" + text("invoices.payToNoKid") + "[/#if][/#if]")))
                .append(p(null, run("[#if anyDisputed]" + text("invoices.disputed") + "[/#if]")))
                .append(p(null, run("[/#if]")));

        body.append(p(null, run("[#if refunds?has_content]")))
                .append(p("Heading2", run(text("refunds.heading"))))
                .append(p(null, run("[#list refunds as refund]")))
                .append(bullet(run("[#if refund.toAccount?has_content]" + text("refunds.item", "refund") + "[#else]"
                        + text("refunds.itemNoAccount", "refund") + "[/#if]")))
                .append(p(null, run("[/#list]"))).append(p(null, run("[/#if]")));

        body.append(p(null, run("[#if transition.present]")))
                .append(p("Heading2", run(text("transition.heading"))))
                .append(p(null, run("[#if transition.newProvider?has_content]" + text("transition.intro") + "[#else]"
                        + text("transition.introNoProvider") + "[/#if][#if transition.items?has_content] [#if"
                        + " transition.handoverBy?has_content]" + text("transition.items") + "[#else]"
                        + text("transition.itemsNoDate") + "[/#if][/#if]")))
                .append(p(null, run("[#if transition.items?has_content]")))
                .append(p(null, run("[#list transition.items as item]"))).append(bullet(run("[=item]")))
                .append(p(null, run("[/#list]"))).append(p(null, run("[/#if]")))
                .append(p(null, run("[#if transition.contact.name?has_content][#if transition.contact.details"
                        + "?has_content]" + text("transition.contact") + "[#else]"
                        + text("transition.contactNoDetails") + "[/#if][/#if]")))
                .append(p(null, run("[/#if]")));

        body.append(p(null, run("[#if closing.thanks]") + styled("Thanks", text("closing.thanks"))
                + run("[/#if][#if closing.thanks && closing.wishWell] [/#if][#if closing.wishWell]")
                + styled("GoodWishes", text("closing.wishWell")) + run("[/#if]")));
        body.append(p(null, run("[#if closing.personalNote?has_content][=closing.personalNote][/#if]")));
        body.append(p(null, run("[#if provider.contactDetails?has_content]" + text("closing.questions") + "[/#if]")));
        body.append(p("Signature", run(text("closing.signoff")) + br() + run("[=provider.name]")));
        body.append(p("Signature", run("[=provider.signatoryName][#if provider.signatoryTitle?has_content]") + br()
                + run("[=provider.signatoryTitle][/#if]")));
        return body.toString();
    }

    /** The invoice table, with the KID column or without it: the table is in the letter twice, one of each. */
    private String invoices(boolean kid) {
        String[] heads = kid
                ? new String[] {"invoices.col.number", "invoices.col.issued", "invoices.col.due", "invoices.col.kid",
                    "invoices.col.status", "invoices.col.amount"}
                : new String[] {"invoices.col.number", "invoices.col.issued", "invoices.col.due",
                    "invoices.col.status", "invoices.col.amount"};
        String status = "[#if invoice.statusCode == \"PAID\"]" + text("invoices.status.PAID")
                + "[#elseif invoice.statusCode == \"DISPUTED\"]" + text("invoices.status.DISPUTED") + "[#else]"
                + text("invoices.status.OPEN") + "[/#if]";
        String[] cells = kid
                ? new String[] {"[#list invoices as invoice][=invoice.number]", "[=invoice.issued]", "[=invoice.due]",
                    "[=invoice.kid]", status, "[=invoice.amount][/#list]"}
                : new String[] {"[#list invoices as invoice][=invoice.number]", "[=invoice.issued]", "[=invoice.due]",
                    status, "[=invoice.amount][/#list]"};
        // Column widths in twips across the 170 mm between the margins: number, dates, (KID,) status, amount.
        int[] widths = kid ? new int[] {1400, 1450, 1450, 1900, 1700, 1738} : new int[] {1800, 1700, 1700, 2200, 2238};
        StringBuilder table = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\""
                + " w:type=\"pct\"/><w:tblLook w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
                + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            table.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        table.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int c = 0; c < heads.length; c++) {
            table.append(cell(run(text(heads[c])), widths[c], c == heads.length - 1));
        }
        table.append("</w:tr><w:tr>");
        for (int c = 0; c < cells.length; c++) {
            table.append(cell(run(cells[c]), widths[c], c == cells.length - 1));
        }
        return table.append("</w:tr></w:tbl>").toString();
    }

    /** A paragraph that says one thing or another, or nothing when the bundle has neither. */
    private String either(String condition, String whenTrue, String whenFalse) {
        String yes = text(whenTrue);
        String no = text(whenFalse);
        if (yes.isEmpty() && no.isEmpty()) {
            return "";
        }
        return p(null, run("[#if " + condition + "]" + yes + (no.isEmpty() ? "" : "[#else]" + no) + "[/#if]"));
    }

    /** A sentence from the bundle, its placeholders written as fields: {client.name} becomes [=client.name]. */
    private String text(String key) {
        return text(key, null);
    }

    /** The same, with bare placeholders ({amount}) taken from a loop variable ([=refund.amount]). */
    private String text(String key, String loopVariable) {
        String sentence = words.getProperty(key);
        if (sentence == null) {
            throw new IllegalStateException("The built-in wording has no message '" + key + "'");
        }
        Matcher placeholder = PLACEHOLDER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String path = placeholder.group(1);
            String field = loopVariable != null && !path.contains(".") ? loopVariable + "." + path : path;
            placeholder.appendReplacement(out, Matcher.quoteReplacement("[=" + field + "]"));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String p(String style, String runs) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + runs + "</w:p>";
    }

    private static String bullet(String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\""
                + WordPackage.BULLETS + "\"/></w:numPr></w:pPr>" + runs + "</w:p>";
    }

    private static String cell(String runs, int width, boolean amount) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr><w:p>"
                + (amount ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : "") + runs + "</w:p></w:tc>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + WordPackage.escape(text) + "</w:t></w:r>";
    }

    private static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + WordPackage.escape(text) + "</w:t></w:r>";
    }

    private static String styled(String characterStyle, String text) {
        return "<w:r><w:rPr><w:rStyle w:val=\"" + characterStyle + "\"/></w:rPr><w:t xml:space=\"preserve\">"
                + WordPackage.escape(text) + "</w:t></w:r>";
    }

    private static String br() {
        return "<w:r><w:br/></w:r>";
    }

    private static String field(String code) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + code
                + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("1")
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static Properties bundle(LetterLocale locale) {
        try (InputStream in = StarterLetter.class.getClassLoader()
                .getResourceAsStream(BUNDLES + locale.code() + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("The built-in wording for " + locale + " is missing");
            }
            Properties words = new Properties();
            words.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
