package no.farvel.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.farvel.core.Closing;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.LetterText;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.FollowUpCalendar;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.internal.casefile.CaseModel;
import no.farvel.templates.internal.casefile.FollowUps;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.markup.MarkupParser;
import no.farvel.templates.internal.markup.NoBreakText;
import no.farvel.templates.internal.markup.RoleTexts;
import no.farvel.templates.internal.model.LetterModel;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.spi.CalendarWriter;
import no.farvel.templates.spi.LetterRenderer;
import no.farvel.templates.spi.RenderException;

/**
 * Writes the case file of a valid termination with a pack's case documents, or the built-in pack's when the pack has
 * none: lays out the memo, the replies and the debrief agenda, cuts the replies out of their document and runs the
 * guide check on each, and lists the follow-ups.
 */
final class CaseFileWriter {
    private static final String REPLY_ROLE = "reply-";

    private final TemplatePack letterPack;
    private final Map<String, LetterRenderer> renderers;
    private final CalendarWriter calendarWriter;
    private final boolean allowFindings;

    CaseFileWriter(TemplatePack letterPack, Map<String, LetterRenderer> renderers, CalendarWriter calendarWriter,
                   boolean allowFindings) {
        this.letterPack = letterPack;
        this.renderers = renderers;
        this.calendarWriter = calendarWriter;
        this.allowFindings = allowFindings;
    }

    /** The pack whose case documents a letter pack's case files are written with: its own, or the built-in ones. */
    static TemplatePack casePack(TemplatePack letterPack) {
        return letterPack.offersCaseDocuments() ? letterPack : TemplatePack.defaultPack();
    }

    CaseFile write(Termination t) {
        TemplatePack pack = casePack(letterPack);
        if (!pack.locales().contains(t.locale())) {
            throw new RenderException("Pack '" + letterPack.name() + "' has no case documents of its own, and the "
                    + "built-in ones are in " + pack.locales() + ", not in '" + t.locale() + "'; add memo, replies "
                    + "and debrief to the pack (see PACKS.md)");
        }
        Messages messages = pack.caseMessages(t.locale());
        Function<String, String> wording = key -> messages.format(key, path -> null);
        Map<String, Object> letterModel = LetterModel.of(t, wording, pack.manifest().images());
        FollowUpCalendar followUps = FollowUps.of(t, messages, path -> Messages.valueAt(letterModel, path));
        Map<String, Object> model = CaseModel.of(t, wording, letterModel, followUps.events());

        CaseDocument memo = document(pack, PackManifest.MEMO, model, messages, t);
        CaseDocument repliesDocument = document(pack, PackManifest.REPLIES, model, messages, t);
        CaseDocument debrief = document(pack, PackManifest.DEBRIEF, model, messages, t);
        List<Reply> replies = replies(pack, repliesDocument, messages, t);
        return new CaseFile(t.id(), t.locale(), memo, repliesDocument, replies, debrief, followUps, calendarWriter,
                CaseModel.openQuestions(t));
    }

    private CaseDocument document(TemplatePack pack, String name, Map<String, Object> model, Messages messages,
                                  Termination t) {
        String template = pack.template(name);
        String markup = pack.templates().process(template, model, messages);
        // Like a letter's: dates, amounts and account numbers never break across lines, and the letter's date dates it.
        LetterDocument document = NoBreakText.protect(MarkupParser.parse(markup, template,
                pack.limits().markupDepth()), t.locale().noBreak()).withDate(t.letterDate());
        return new CaseDocument(name, new WrittenFormats("the " + name + " of '" + t.id() + "'", document,
                pack.renderContext(), renderers));
    }

    /**
     * Each reply is the part of the replies document its template marked {@code data-role="reply-<kind>"}: exactly
     * one for each kind that applies, checked by the letter pack's guide check as a letter of its own.
     */
    private List<Reply> replies(TemplatePack pack, CaseDocument document, Messages messages, Termination t) {
        Map<String, Division> marked = new LinkedHashMap<>();
        String template = pack.template(PackManifest.REPLIES);
        collect(document.document().body(), marked, pack, template);
        List<Reply> replies = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (ReplyKind kind : ReplyKind.applyingTo(t)) {
            Division part = marked.remove(kind.role());
            if (part == null) {
                throw new RenderException("Pack '" + pack.name() + "', template '" + template + "' writes no reply "
                        + "marked data-role=\"" + kind.role() + "\"; the case file needs one for every kind of "
                        + "push-back: " + ReplyKind.applyingTo(t).stream().map(ReplyKind::role).toList());
            }
            String title = messages.format("replies." + kind.code() + ".title", path -> null);
            LetterDocument reply = new LetterDocument(new LetterDocument.Metadata(title,
                    document.document().metadata().author(), title, t.locale().code(), t.letterDate()),
                    List.of(), List.of(), part.blocks(), List.of());
            String text = new String(new WrittenFormats("the reply " + kind.role() + " of '" + t.id() + "'", reply,
                    pack.renderContext(), renderers).bytes("txt"), StandardCharsets.UTF_8);
            List<Finding> findings = letterPack.guideCheck().checkLetter(kind.keepsTheThanks() ? t : withoutThanks(t),
                    new LetterText(text, RoleTexts.of(reply))).stream().map(f -> located(f, kind)).toList();
            found.addAll(findings);
            replies.add(new Reply(kind, title, text, findings));
        }
        if (!marked.isEmpty()) {
            throw new RenderException("Pack '" + pack.name() + "', template '" + template + "' writes replies this "
                    + "case has no use for: " + marked.keySet() + "; it needs " + ReplyKind.applyingTo(t).stream()
                    .map(ReplyKind::role).toList());
        }
        // Every reply goes to a client who is already unhappy: unlike a letter's, its warnings hold it back too.
        if (!found.isEmpty() && !allowFindings) {
            throw new GuideCheckException(found, "The replies in the case file of '" + t.id() + "'");
        }
        return replies;
    }

    private static void collect(List<Block> blocks, Map<String, Division> marked, TemplatePack pack, String template) {
        for (Block block : blocks) {
            if (block instanceof Division division) {
                if (division.role() != null && division.role().startsWith(REPLY_ROLE)) {
                    if (marked.put(division.role(), division) != null) {
                        throw new RenderException("Pack '" + pack.name() + "', template '" + template + "' marks "
                                + "two parts data-role=\"" + division.role() + "\"; mark each reply once");
                    }
                } else {
                    collect(division.blocks(), marked, pack, template);
                }
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item, marked, pack, template));
            }
        }
    }

    /** The termination as a reply without the letter's thanks and good wishes is checked against. */
    private static Termination withoutThanks(Termination t) {
        Closing c = t.closing();
        return t.toBuilder().closing(new Closing(false, false, c.personalNote(), c.confirmReceipt())).build();
    }

    /** A finding in a reply says which reply: {@code reply-hostile: "<the sentence>"}. */
    private static Finding located(Finding finding, ReplyKind kind) {
        String location = finding.location().startsWith("letter")
                ? kind.role() + finding.location().substring("letter".length()) : finding.location();
        return new Finding(finding.severity(), finding.code(), location, finding.message(), finding.messageEnglish(),
                finding.suggestion());
    }
}
