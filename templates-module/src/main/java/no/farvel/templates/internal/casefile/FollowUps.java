package no.farvel.templates.internal.casefile;

import java.net.IDN;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Money;
import no.farvel.core.Refund;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.core.identifiers.Iban;
import no.farvel.localization.LetterFormats;
import no.farvel.templates.document.FollowUp;
import no.farvel.templates.document.FollowUpCalendar;
import no.farvel.templates.document.FollowUpKind;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.model.RunIn;

/**
 * The days to act on after a termination letter, each with what to check and a reminder early enough to act: the
 * letter sent, each final invoice's due date, each refund's pay-by date, the hand-over, the effective date and the
 * debrief. The texts come from the case bundle ({@code followUp.<kind>.item} and {@code .description}); an event's
 * summary is its item with the client's name ({@code followUp.summary}).
 */
public final class FollowUps {
    /** 15:00 on the day the letter goes out: time to see that it arrived. */
    static final Duration LETTER_SENT = Duration.ofHours(15);
    /** 09:00 on the due date. */
    static final Duration ON_THE_DAY = Duration.ofHours(9);
    /** 09:00 three days before: time to make a payment that must arrive by the day. */
    static final Duration THREE_DAYS_BEFORE = Duration.ofDays(-3).plusHours(9);
    /** 09:00 a week before: time to gather what is handed over, or to book the debrief. */
    static final Duration A_WEEK_BEFORE = Duration.ofDays(-7).plusHours(9);
    /** 09:00 the day before. */
    static final Duration THE_DAY_BEFORE = Duration.ofDays(-1).plusHours(9);

    private static final Pattern UID_SAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Termination t;
    private final LetterFormats format;
    private final Messages wording;
    private final Function<String, String> model;
    private final String domain;
    private final List<FollowUp> events = new ArrayList<>();

    private FollowUps(Termination t, Messages wording, Function<String, String> model) {
        this.t = t;
        this.format = t.locale().formats();
        this.wording = wording;
        this.model = model;
        this.domain = domain(t);
    }

    /**
     * The follow-up calendar of a valid termination.
     *
     * @param wording the case bundle of the termination's language
     * @param model the letter model's values by dotted path ({@code client.name}), for the texts' placeholders
     */
    public static FollowUpCalendar of(Termination termination, Messages wording, Function<String, String> model) {
        FollowUps followUps = new FollowUps(termination, wording, model);
        followUps.collect();
        String name = wording.format("calendar.name", model::apply);
        return new FollowUpCalendar(name, termination.locale().code(), termination.letterDate(),
                followUps.events.stream().sorted(Comparator.comparing(FollowUp::date)).toList());
    }

    private void collect() {
        add(FollowUpKind.LETTER_SENT, "", t.letterDate(), "letterSent", Map.of(), LETTER_SENT);
        for (FinalInvoice invoice : t.finalInvoices()) {
            add(FollowUpKind.INVOICE_DUE, invoice.number(), invoice.due(), "invoiceDue", Map.of(
                    "invoice.number", invoice.number(),
                    "invoice.amount", amount(invoice.money()),
                    "invoice.due", format.dateInText(invoice.due())), ON_THE_DAY, invoice.status().name());
        }
        for (int i = 0; i < t.refunds().size(); i++) {
            Refund refund = t.refunds().get(i);
            // A refund set off against the invoices is settled with them: nothing is paid out on a day of its own.
            if (refund.payBy() != null && !refund.isSetOff()) {
                add(FollowUpKind.REFUND_DUE, String.valueOf(i + 1), refund.payBy(), "refundDue", Map.of(
                        "refund.description", RunIn.text(refund.description()),
                        "refund.amount", amount(refund.money()),
                        "refund.payBy", format.dateInText(refund.payBy()),
                        "refund.toAccount", account(refund.toAccount())),
                        THREE_DAYS_BEFORE, refund.toAccount() == null ? "noAccount" : "");
            }
        }
        Transition transition = t.transition();
        if (transition != null && transition.handoverBy() != null) {
            add(FollowUpKind.HANDOVER, "", transition.handoverBy(), "handover", Map.of(
                    "handover.items", t.locale().words().list(transition.items())), A_WEEK_BEFORE,
                    transition.items().isEmpty() ? "noItems" : "");
        }
        add(FollowUpKind.EFFECTIVE, "", t.effectiveDate(), "effective", Map.of(), THE_DAY_BEFORE);
        add(FollowUpKind.DEBRIEF, "", CaseModel.debriefDate(t), "debrief", Map.of(), A_WEEK_BEFORE);
    }

    private void add(FollowUpKind kind, String key, LocalDate date, String messages, Map<String, String> values,
                     Duration reminder) {
        add(kind, key, date, messages, values, reminder, "");
    }

    /**
     * Adds one event; {@code variant} picks a description written for a special case
     * ({@code followUp.invoiceDue.description.DISPUTED}).
     */
    private void add(FollowUpKind kind, String key, LocalDate date, String messages, Map<String, String> values,
                     Duration reminder, String variant) {
        Map<String, String> local = new HashMap<>(values);
        Function<String, String> placeholders = path -> local.containsKey(path) ? local.get(path) : model.apply(path);
        String prefix = "followUp." + messages + ".";
        // The letter-sent event names the letter as the letter itself does: notice, termination for cause, or ending.
        String item = wording.format(prefix + "item" + (kind == FollowUpKind.LETTER_SENT ? letterKind() : ""),
                placeholders);
        local.put("item", item);
        String summary = wording.format("followUp.summary", placeholders);
        String description = wording.format(prefix + "description" + (variant.isEmpty() ? "" : "." + variant),
                placeholders);
        events.add(new FollowUp(kind, uid(kind, key), date, item, summary, description, reminder));
    }

    /** The letter's kind as its title has it: {@code ""} (notice), {@code .forCause} or {@code .noContract}. */
    private String letterKind() {
        String contract = model.apply("contract.title");
        return contract == null || contract.isEmpty() ? ".noContract" : t.forCause() ? ".forCause" : "";
    }

    /**
     * {@code <id>.<kind>[.<key>]@<provider's domain>}: the same for the same termination, so importing the file again
     * updates the events; an invoice is keyed by its number and a refund by its place in the list.
     */
    private String uid(FollowUpKind kind, String key) {
        String local = t.id() + "." + kind.code() + (key.isEmpty() ? "" : "." + UID_SAFE.matcher(key).replaceAll("_"));
        return local + "@" + domain;
    }

    /** The provider's e-mail domain, as its letters' Message-IDs use it; {@code farvel.invalid} when it has none. */
    private static String domain(Termination t) {
        String email = t.provider() == null ? null : t.provider().email();
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0) {
            return "farvel.invalid";
        }
        try {
            return IDN.toASCII(email.substring(at + 1)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "farvel.invalid";
        }
    }

    /** The account as the letter prints it: an IBAN in groups of four, a Norwegian account number as 4.2.5. */
    private String account(String account) {
        return account == null ? "" : Iban.isValid(account) ? format.iban(account) : format.accountNumber(account);
    }

    /**
     * The amount as the letter and the memo print it, currency first ({@code kr 12 400,00}): the memo lists the
     * follow-ups beside its own tables, so one case file shows one style of amount.
     */
    private String amount(Money money) {
        return format.amountInTable(money.amount(), money.currency());
    }
}
