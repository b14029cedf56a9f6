package no.farvel.docx.internal.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                .properties("[=" + letter.title() + "]", letter.subject())
                .firstPageHeader(letter.letterhead())
                .footer(letter.footer())
                .body(letter.body())
                .build();
    }

    /** The title as one expression, for the document's Title and Subject, which hold fields but no conditions. */
    private String title() {
        return "(!contract.title?has_content)?then(" + expression("letter.title.noContract", Map.of())
                + ", letter.forCause?then(" + expression("letter.title.forCause", Map.of()) + ", "
                + expression("letter.title", Map.of()) + "))";
    }

    private String subject() {
        Map<String, String> title = Map.of("title", "(" + title() + ")");
        return "[=letter.ourRef?has_content?then(" + expression("letter.subject", title) + ", "
                + expression("letter.subject.noRef", title) + ")]";
    }

    private String letterhead() {
        return p("Header", bold("[=provider.name]") + br() + run("[=provider.addressLine][#if provider.contactLine"
                + "?has_content]") + br() + run("[=provider.contactLine][/#if]"));
    }

    private String footer() {
        return p("Footer", run("[=provider.name] · [=provider.addressLine][#if provider.orgNumber?has_content] · "
                + text("footer.orgNumber") + " [=provider.orgNumber][#if provider.vatRegistered] " + text("footer.vat")
                + "[/#if][#if provider.businessRegister] · " + text("footer.register") + "[/#if][/#if]"
                + "[#if provider.website?has_content] · [=provider.website][/#if]"))
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
        body.append(p("Title", run("[#if !contract.title?has_content]" + text("letter.title.noContract")
                + "[#elseif letter.forCause]" + text("letter.title.forCause") + "[#else]" + text("letter.title")
                + "[/#if]")));
        body.append(when("letter.greeting?has_content", p(null, run("[=letter.greeting]"))));
        body.append(p(null, run("[#if contract.title?has_content][#if contract.signedOn?has_content]"
                + text("decision.refer") + "[#else]" + text("decision.referNoDate") + "[/#if] [#if letter.forCause]"
                + text("decision.forCause") + "[#else]" + text("decision.terminate") + "[#if contract.noticeRespected"
                + " && contract.noticePeriod?has_content] " + text("decision.notice") + "[/#if][/#if][#else]"
                + "[#if letter.forCause]" + text("decision.noContractForCause") + "[#else]"
                + text("decision.noContract") + "[/#if][/#if][#if letter.servicesContinue] "
                + text("decision.continue") + "[/#if][#if noFurtherInvoices] " + text("decision.noFurtherInvoices")
                + "[/#if]")));

        body.append(p("Heading2", run(text("reasons.heading")))).append(p(null, run(text("reasons.intro"))));
        StringBuilder sentences = new StringBuilder("[#if reason.detail?has_content][=reason.detail]");
        for (String reason : REASONS) {
            if (!text("reason." + reason).isEmpty()) {
                sentences.append("[#elseif reason.type == \"").append(reason).append("\"]")
                        .append(text("reason." + reason));
            }
        }
        body.append(loop("reasons as reason", bullet(run(sentences + "[/#if]"))));

        body.append(when("steps?has_content", p("Heading2", run(text("steps.heading")))
                + p(null, run(text("steps.intro")))
                + loop("steps as step", bullet(run("[=step.date]: [=step.description]")))));

        body.append(when("invoices?has_content || disputedInvoices?has_content",
                p("Heading2", run(text("invoices.heading")))
                + when("invoices?has_content", p(null, run(text("invoices.intro")))
                    + p(null, run("[#if anyKid]")) + invoices(true) + p(null, run("[#else]")) + invoices(false)
                    + p(null, run("[/#if]"))
                    + when("totals?has_content", totals())
                    + loop("payments as payment", p(null, run(payment()))))
                + when("disputedInvoices?has_content", p(null, run(text("disputed.intro"))) + disputed()
                    + when("disputedTotals?has_content", table(new int[] {6400, 3238},
                        row(false, cell(run("[#list disputedTotals as total]" + text("disputed.total")), 6400, false),
                            cell(run("[=total][/#list]"), 3238, true)))))));

        body.append(when("refunds?has_content", p("Heading2", run(text("refunds.heading")))
                + loop("refunds as refund", bullet(run(refund())))));

        body.append(when("transition.present", p("Heading2", run(text("transition.heading")))
                + p(null, run("[#if transition.newProvider?has_content]" + text("transition.intro") + "[#else]"
                        + text("transition.introNoProvider") + "[/#if][#if transition.items?has_content] [#if"
                        + " transition.handoverBy?has_content]" + text("transition.items") + "[#else]"
                        + text("transition.itemsNoDate") + "[/#if][/#if]"))
                + when("transition.items?has_content", loop("transition.items as item", bullet(run("[=item]"))))
                + when("transition.contact.name?has_content", p(null, run("[#if transition.contact.details"
                        + "?has_content]" + text("transition.contact") + "[#else]"
                        + text("transition.contactNoDetails") + "[/#if]")))));

        body.append(when("closing.confirmReceipt || provider.contactDetails?has_content", p(null,
                run("[#if closing.confirmReceipt]" + text("closing.confirmReceipt") + "[/#if][#if"
                        + " closing.confirmReceipt && provider.contactDetails?has_content] [/#if][#if"
                        + " provider.contactDetails?has_content]" + text("closing.questions") + "[/#if]"))));
        body.append(when("closing.personalNote?has_content", p(null, run("[=closing.personalNote]"))));
        body.append(when("closing.thanks || closing.wishWell", p(null, run("[#if closing.thanks]")
                + styled("Thanks", text("closing.thanks")) + run("[/#if][#if closing.thanks && closing.wishWell]"
                + " [/#if][#if closing.wishWell]") + styled("GoodWishes", text("closing.wishWell"))
                + run("[/#if]"))));
        body.append(p("Signature", run("[=letter.signoff]") + br() + run("[=provider.name]")));
        body.append(p("Signature", run("[=provider.signatoryName][#if provider.signatoryTitle?has_content]") + br()
                + run("[=provider.signatoryTitle][/#if]")));
        return body.toString();
    }

    /** How and when one currency is paid, and the reference to give. */
    private String payment() {
        String when = "[#if payment.timing == \"NOW\"]" + text("payment.whenNow") + "[#elseif payment.timing =="
                + " \"DUE\"]" + text("payment.whenDue") + "[#else]" + text("payment.whenDueEach") + "[/#if]";
        Map<String, String> values = Map.of("when", when);
        return "[#if payment.route == \"ACCOUNT\"]" + text("payment.account", "payment", values)
                + "[#elseif payment.route == \"IBAN\"]" + text("payment.iban", "payment", values)
                + "[#elseif payment.route == \"IBAN_NO_BIC\"]" + text("payment.ibanNoBic", "payment", values)
                + "[#else]" + text("payment.noAccount", "payment", values) + "[/#if][#if payment.timing =="
                + " \"SOME_NOW\"] " + text("payment.overdue") + "[/#if] [#if payment.reference == \"KID\"]"
                + text("payment.kid") + "[#elseif payment.reference == \"KID_PARTLY\"]" + text("payment.kidPartly")
                + "[#elseif payment.reference == \"INVOICE_NUMBER\"]" + text("payment.invoiceNumber") + "[#else]"
                + text("payment.invoiceNumbers") + "[/#if]";
    }

    /** A refund set off against the invoices or paid out, to the client's account or one they nominate. */
    private String refund() {
        String account = "[#if refund.toIban]" + text("account.iban", null, Map.of("number", "[=refund.toAccount]"))
                + "[#else]" + text("account.number", null, Map.of("number", "[=refund.toAccount]")) + "[/#if]";
        Map<String, String> values = Map.of("account", account);
        return "[#if refund.setOff]" + text("refunds.setOff", "refund") + "[#elseif refund.toAccount?has_content]"
                + "[#if refund.payBy?has_content]" + text("refunds.payOut", "refund", values) + "[#else]"
                + text("refunds.payOutNoDate", "refund", values) + "[/#if][#else][#if refund.payBy?has_content]"
                + text("refunds.payOutNoAccount", "refund") + "[#else]" + text("refunds.payOutNoAccountNoDate",
                "refund") + "[/#if][/#if][#if refund.besideInvoices] " + text("refunds.notSetOff") + "[/#if]";
    }

    /**
     * Per currency the unpaid sum and each set-off when there is one, then the amount due in bold; the conditions
     * and loops stand in rows of their own.
     */
    private String totals() {
        int[] widths = {6400, 3238};
        return table(widths, instructions("[#list totals as total]", widths),
                instructions("[#if total.setOffs?has_content]", widths),
                row(false, cell(run(text("totals.unpaid")), widths[0], false),
                        cell(run("[=total.unpaid]"), widths[1], true)),
                instructions("[#list total.setOffs as setOff]", widths),
                row(false, cell(run(text("totals.setOff", "setOff")), widths[0], false),
                        cell(run("[=setOff.amount]"), widths[1], true)),
                instructions("[/#list]", widths), instructions("[/#if]", widths),
                row(false, cell(bold(text("totals.due")), widths[0], false),
                        cell(styled("Payable", "[=total.due]", true), widths[1], true)),
                instructions("[/#list]", widths));
    }

    /** A row of nothing but a condition's or loop's tag, which leaves no row behind. */
    private static String instructions(String tag, int[] widths) {
        StringBuilder cells = new StringBuilder(cell(run(tag), widths[0], false));
        for (int c = 1; c < widths.length; c++) {
            cells.append(cell("", widths[c], false));
        }
        return row(false, cells.toString());
    }

    /** The invoice table, with the KID column or without it: the table is in the letter twice, one of each. */
    private String invoices(boolean kid) {
        String[] heads = kid
                ? new String[] {"invoices.col.number", "invoices.col.issued", "invoices.col.due", "invoices.col.kid",
                    "invoices.col.status", "invoices.col.amount"}
                : new String[] {"invoices.col.number", "invoices.col.issued", "invoices.col.due",
                    "invoices.col.status", "invoices.col.amount"};
        String[] cells = kid
                ? new String[] {"[#list invoices as invoice][=invoice.number]", "[=invoice.issued]", "[=invoice.due]",
                    "[=invoice.kid]", "[=invoice.status]", "[=invoice.amount][/#list]"}
                : new String[] {"[#list invoices as invoice][=invoice.number]", "[=invoice.issued]", "[=invoice.due]",
                    "[=invoice.status]", "[=invoice.amount][/#list]"};
        // Column widths in twips across the 170 mm between the margins: number, dates, (KID,) status, amount.
        int[] widths = kid ? new int[] {1400, 1450, 1450, 1900, 1700, 1738} : new int[] {1800, 1700, 1700, 2200, 2238};
        return listTable(heads, cells, widths);
    }

    /** The disputed invoices, which the letter does not ask to be paid: no KID and no status. */
    private String disputed() {
        return listTable(new String[] {"invoices.col.number", "invoices.col.issued", "invoices.col.due",
            "invoices.col.amount"}, new String[] {"[#list disputedInvoices as invoice][=invoice.number]",
            "[=invoice.issued]", "[=invoice.due]", "[=invoice.amount][/#list]"}, new int[] {2400, 2400, 2400, 2438});
    }

    /** A table with a heading row and one row repeated by a loop; the last column holds amounts. */
    private String listTable(String[] heads, String[] cells, int[] widths) {
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int c = 0; c < heads.length; c++) {
            head.append(cell(run(text(heads[c])), widths[c], c == heads.length - 1));
            body.append(cell(run(cells[c]), widths[c], c == cells.length - 1));
        }
        return table(widths, row(true, head.toString()), row(false, body.toString()));
    }

    private static String table(int[] widths, String... rows) {
        StringBuilder table = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\""
                + " w:type=\"pct\"/><w:tblLook w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
                + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            table.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        table.append("</w:tblGrid>");
        for (String row : rows) {
            table.append(row);
        }
        return table.append("</w:tbl>").toString();
    }

    /** A table row; a heading row repeats at the top of each page the table runs onto. */
    private static String row(boolean heading, String... cells) {
        return "<w:tr>" + (heading ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + String.join("", cells) + "</w:tr>";
    }

    /** What is between a condition's start and end, each alone in a paragraph so no empty paragraph is left. */
    private static String when(String condition, String content) {
        return p(null, run("[#if " + condition + "]")) + content + p(null, run("[/#if]"));
    }

    /** The paragraphs between a loop's start and end, each alone in a paragraph, repeated per element. */
    private static String loop(String over, String content) {
        return p(null, run("[#list " + over + "]")) + content + p(null, run("[/#list]"));
    }

    /**
     * A sentence from the bundle as one FreeMarker expression: its words as a string and its placeholders as names,
     * a bare one taken from {@code values} (itself an expression).
     */
    private String expression(String key, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(sentence(key));
        List<String> parts = new ArrayList<>();
        int at = 0;
        String sentence = sentence(key);
        while (placeholder.find()) {
            if (placeholder.start() > at) {
                parts.add(quoted(sentence.substring(at, placeholder.start())));
            }
            parts.add(values.getOrDefault(placeholder.group(1), placeholder.group(1)));
            at = placeholder.end();
        }
        if (at < sentence.length() || parts.isEmpty()) {
            parts.add(quoted(sentence.substring(at)));
        }
        return String.join(" + ", parts);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A sentence from the bundle, its placeholders written as fields: {client.name} becomes [=client.name]. */
    private String text(String key) {
        return text(key, null, Map.of());
    }

    /** The same, with bare placeholders ({amount}) taken from a loop variable ([=refund.amount]). */
    private String text(String key, String loopVariable) {
        return text(key, loopVariable, Map.of());
    }

    /** The same, with some bare placeholders written as {@code values} give them ({when} as a condition). */
    private String text(String key, String loopVariable, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(sentence(key));
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String path = placeholder.group(1);
            String written = values.containsKey(path) ? values.get(path)
                    : "[=" + (loopVariable != null && !path.contains(".") ? loopVariable + "." + path : path) + "]";
            placeholder.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private String sentence(String key) {
        String sentence = words.getProperty(key);
        if (sentence == null) {
            throw new IllegalStateException("The built-in wording has no message '" + key + "'");
        }
        return sentence;
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
        return styled(characterStyle, text, false);
    }

    private static String styled(String characterStyle, String text, boolean bold) {
        return "<w:r><w:rPr><w:rStyle w:val=\"" + characterStyle + "\"/>" + (bold ? "<w:b/>" : "") + "</w:rPr>"
                + "<w:t xml:space=\"preserve\">" + WordPackage.escape(text) + "</w:t></w:r>";
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
