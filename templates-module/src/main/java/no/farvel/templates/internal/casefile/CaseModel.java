package no.farvel.templates.internal.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.farvel.core.CaseNotes;
import no.farvel.core.Consequences;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Money;
import no.farvel.core.Reason;
import no.farvel.core.Signatory;
import no.farvel.core.Termination;
import no.farvel.localization.LetterFormats;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Salutation;
import no.farvel.templates.ReplyKind;
import no.farvel.templates.document.FollowUp;

/**
 * What the case documents' templates see: the letter's model, and beside it the client's history, the reasons with
 * the team's assessment, the case notes, the follow-ups and the replies to write. Like the letter's model, every value
 * is ready-formatted text, a list or a boolean; an empty text is what the template replaces with a prompt.
 */
public final class CaseModel {
    private final Termination t;
    private final LetterFormats format;
    private final Function<String, String> wording;

    private CaseModel(Termination t, Function<String, String> wording) {
        this.t = t;
        this.format = t.locale().formats();
        this.wording = wording;
    }

    /**
     * Builds the model.
     *
     * @param wording the pack's text for a message key without placeholders (labels, status words)
     * @param letterModel the letter's model of the same termination ({@code LetterModel.of}), which this extends
     * @param followUps the case's follow-ups, in date order
     */
    public static Map<String, Object> of(Termination termination, Function<String, String> wording,
                                         Map<String, Object> letterModel, List<FollowUp> followUps) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        CaseModel m = new CaseModel(termination, wording);
        Map<String, Object> root = new LinkedHashMap<>(letterModel);
        root.put("reasons", m.reasons());
        root.put("reasonTypes", termination.reasons().stream().map(r -> r.type().name()).distinct().toList());
        root.put("history", m.history());
        root.put("case", m.caseNotes());
        List<Map<String, Object>> events = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            events.add(Map.of("date", m.format.dateInText(followUp.date()), "item", followUp.item(),
                    "kind", followUp.kind().code()));
        }
        root.put("followUps", events);
        root.put("replyKinds", ReplyKind.applyingTo(termination).stream().map(ReplyKind::code).toList());
        Salutation salutation = termination.locale().words().salutation(
                termination.client() == null ? null : termination.client().attention());
        root.put("reply", Map.of("greeting", salutation.greeting()));
        return root;
    }

    /**
     * The debrief's day: the effective date plus the days the case notes give, or their default; a meeting, so a day
     * that falls on a weekend moves to the Monday after.
     */
    public static LocalDate debriefDate(Termination termination) {
        LocalDate day = termination.effectiveDate().plusDays(termination.caseNotes().debriefDays());
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * The case notes the input leaves empty, as field paths: what the memo prompts the team for. A reason's
     * assessment is asked for each reason.
     */
    public static List<String> openQuestions(Termination termination) {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < termination.reasons().size(); i++) {
            Reason reason = termination.reasons().get(i);
            if (reason != null && blank(reason.assessment())) {
                open.add("reasons[" + i + "].assessment");
            }
        }
        CaseNotes notes = termination.caseNotes();
        Consequences consequences = notes.consequences();
        addIfBlank(open, "case.assessment", notes.assessment());
        addIfBlank(open, "case.consequences.reputation", consequences.reputation());
        addIfBlank(open, "case.consequences.legal", consequences.legal());
        addIfBlank(open, "case.consequences.influence", consequences.influence());
        if (notes.decidedBy() == null) {
            open.add("case.decidedBy");
        }
        if (notes.consulted().isEmpty()) {
            open.add("case.consulted");
        }
        if (notes.decidedOn() == null) {
            open.add("case.decidedOn");
        }
        return open;
    }

    private List<Map<String, Object>> reasons() {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason r : t.reasons()) {
            reasons.add(Map.of("type", r.type().name(),
                    "label", wording.apply("reasonType." + r.type().name()),
                    "sentence", wording.apply("reason." + r.type().name()),
                    "detail", text(r.detail()),
                    "assessment", text(r.assessment())));
        }
        return reasons;
    }

    private Map<String, Object> history() {
        Map<String, Object> history = new LinkedHashMap<>();
        LocalDate signedOn = t.contract() == null ? null : t.contract().signedOn();
        history.put("length", signedOn == null ? "" : length(signedOn, t.letterDate()));
        history.put("earliestEffective", t.earliestEffectiveDate().map(format::dateInText).orElse(""));
        history.put("forCause", t.forCause());
        List<Map<String, Object>> invoices = new ArrayList<>();
        for (FinalInvoice invoice : t.finalInvoices()) {
            invoices.add(Map.of(
                    "number", text(invoice.number()),
                    "issued", format.dateInTable(invoice.issued()),
                    "due", format.dateInTable(invoice.due()),
                    "amount", amountInTable(invoice.money()),
                    "state", wording.apply("invoices.status." + invoice.state(t.letterDate()).name())));
        }
        history.put("invoices", invoices);
        // What the client has still to settle: the payable and the disputed invoices.
        history.put("outstandingTotals", t.balances().values().stream().map(b -> b.payable().plus(b.disputed()))
                .filter(m -> m.amount().signum() > 0).map(this::amountInTable).toList());
        history.put("refundTotals", t.balances().values().stream().map(b -> b.setOff().plus(b.paidOut()))
                .filter(m -> m.amount().signum() > 0).map(this::amountInTable).toList());
        return history;
    }

    /** How long the client has had the contract, in whole years and months ("tre år og åtte måneder"). */
    private String length(LocalDate from, LocalDate to) {
        Period period = Period.between(from, to);
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return t.locale().words().count(period.getDays(), PeriodUnit.DAY);
        }
        return t.locale().words().period(Period.of(period.getYears(), period.getMonths(), 0));
    }

    private Map<String, Object> caseNotes() {
        CaseNotes notes = t.caseNotes();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("assessment", text(notes.assessment()));
        Consequences consequences = notes.consequences();
        model.put("consequences", Map.of(
                "reputation", text(consequences.reputation()),
                "legal", text(consequences.legal()),
                "influence", text(consequences.influence())));
        Signatory decidedBy = notes.decidedBy();
        model.put("decidedBy", Map.of(
                "name", decidedBy == null ? "" : text(decidedBy.name()),
                "title", decidedBy == null ? "" : text(decidedBy.title())));
        model.put("consulted", notes.consulted());
        model.put("decidedOn", notes.decidedOn() == null ? "" : format.dateInText(notes.decidedOn()));
        model.put("debriefDate", format.dateInText(debriefDate(t)));
        model.put("debriefAfter", t.locale().words().count(
                (int) ChronoUnit.DAYS.between(t.effectiveDate(), debriefDate(t)), PeriodUnit.DAY));
        return model;
    }

    private String amountInTable(Money money) {
        return money == null ? "" : format.amountInTable(money.amount(), money.currency());
    }

    private static void addIfBlank(List<String> open, String path, String value) {
        if (blank(value)) {
            open.add(path);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
