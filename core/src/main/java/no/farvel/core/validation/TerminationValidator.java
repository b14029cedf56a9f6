package no.farvel.core.validation;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.farvel.core.Address;
import no.farvel.core.CaseNotes;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Consequences;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.CurrencyBalance;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.Signatory;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/**
 * Checks a {@link Termination} against the input contract and reports everything that is wrong with it at once.
 * The codes and their rules are listed in {@link ViolationCode}.
 */
public final class TerminationValidator {
    /** The most characters in a name, title, address line or other short text. */
    public static final int SHORT_TEXT_LIMIT = 200;
    /** The most characters in a reason detail, a description, a transition item or the personal note. */
    public static final int LONG_TEXT_LIMIT = 2_000;
    /** The most final invoices in one letter. */
    public static final int INVOICE_LIMIT = 500;
    /** The most reasons, steps taken, refunds or transition items in one letter. */
    public static final int LIST_LIMIT = 100;
    /** The most street lines in an address; with name, attention, postal code and country they fill the window. */
    public static final int ADDRESS_LINE_LIMIT = 5;
    /** The most digits before the decimal point of an amount: 999 trillion, far beyond any invoice. */
    public static final int AMOUNT_DIGIT_LIMIT = 15;
    /** The most decimals of an amount in a currency without minor units of its own, such as gold (XAU). */
    public static final int DECIMALS_WITHOUT_MINOR_UNIT = 6;
    /** The most people named as consulted in the case notes. */
    public static final int CONSULTED_LIMIT = 20;
    /** The latest debrief, in days after the effective date: a year. */
    public static final int DEBRIEF_DAYS_LIMIT = 365;

    private TerminationValidator() {
    }

    /**
     * Every violation in the termination, in the order of the input contract; empty when it is valid.
     * Never throws on bad data, only on a null argument.
     */
    public static List<Violation> validate(Termination termination) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        FieldChecks checks = new FieldChecks();
        checks.id("id", termination.id());
        checks.required("locale", termination.locale());
        if (checks.required("effectiveDate", termination.effectiveDate())) {
            checks.notBefore("effectiveDate", termination.effectiveDate(), "the letter date", termination.letterDate());
        }
        reference(checks, termination.reference());
        contract(checks, termination);
        provider(checks, termination.provider());
        client(checks, termination.client());
        reasons(checks, termination.reasons());
        checks.each("stepsTaken", termination.stepsTaken(), LIST_LIMIT,
                (path, step) -> step(checks, path, step, termination));
        checks.each("finalInvoices", termination.finalInvoices(), INVOICE_LIMIT,
                (path, invoice) -> invoice(checks, path, invoice));
        checks.each("refunds", termination.refunds(), LIST_LIMIT, (path, refund) -> refund(checks, path, refund));
        setOffs(checks, termination);
        transition(checks, termination.transition());
        closing(checks, termination.closing());
        caseNotes(checks, termination);
        return checks.violations();
    }

    private static void reference(FieldChecks checks, Reference reference) {
        if (reference != null) {
            checks.text("reference.ours", reference.ours(), SHORT_TEXT_LIMIT);
            checks.text("reference.theirs", reference.theirs(), SHORT_TEXT_LIMIT);
        }
    }

    private static void contract(FieldChecks checks, Termination termination) {
        Contract contract = termination.contract();
        if (contract != null) {
            checks.text("contract.title", contract.title(), SHORT_TEXT_LIMIT);
            checks.text("contract.titleEn", contract.titleEn(), SHORT_TEXT_LIMIT);
            checks.notAfter("contract.signedOn", contract.signedOn(), "the letter date", termination.letterDate());
        }
    }

    private static void provider(FieldChecks checks, Provider provider) {
        if (!checks.required("provider", provider)) {
            return;
        }
        checks.requiredText("provider.name", provider.name(), SHORT_TEXT_LIMIT);
        boolean registered = provider.businessRegister() || provider.vatRegistered();
        if (registered && (provider.orgNumber() == null || provider.orgNumber().isBlank())) {
            checks.add("provider.orgNumber", ViolationCode.REQUIRED, Messages.ORG_NUMBER_FOR_REGISTERED);
        } else {
            checks.orgNumber("provider.orgNumber", provider.orgNumber());
        }
        address(checks, "provider.address", provider.address());
        checks.email("provider.email", provider.email());
        checks.text("provider.phone", provider.phone(), SHORT_TEXT_LIMIT);
        checks.text("provider.website", provider.website(), SHORT_TEXT_LIMIT);
        checks.bankAccount("provider.bankAccount", provider.bankAccount());
        checks.iban("provider.iban", provider.iban());
        checks.bic("provider.bic", provider.bic());
        Signatory signatory = provider.signatory();
        if (checks.required("provider.signatory", signatory)) {
            checks.requiredText("provider.signatory.name", signatory.name(), SHORT_TEXT_LIMIT);
            checks.text("provider.signatory.title", signatory.title(), SHORT_TEXT_LIMIT);
            checks.text("provider.signatory.titleEn", signatory.titleEn(), SHORT_TEXT_LIMIT);
        }
    }

    private static void client(FieldChecks checks, Client client) {
        if (!checks.required("client", client)) {
            return;
        }
        checks.requiredText("client.name", client.name(), SHORT_TEXT_LIMIT);
        checks.orgNumber("client.orgNumber", client.orgNumber());
        checks.text("client.attention", client.attention(), SHORT_TEXT_LIMIT);
        address(checks, "client.address", client.address());
        checks.email("client.email", client.email());
    }

    private static void address(FieldChecks checks, String path, Address address) {
        if (!checks.required(path, address)) {
            return;
        }
        checks.eachText(path + ".lines", address.lines(), ADDRESS_LINE_LIMIT, SHORT_TEXT_LIMIT);
        checks.country(path + ".country", address.country());
        // An address without a country is in the sender's country, which for Farvel's letters is Norway.
        if (address.country() == null || address.country().equals("NO")) {
            checks.norwegianPostalCode(path + ".postalCode", address.postalCode());
        } else {
            checks.text(path + ".postalCode", address.postalCode(), SHORT_TEXT_LIMIT);
        }
        checks.requiredText(path + ".city", address.city(), SHORT_TEXT_LIMIT);
    }

    private static void reasons(FieldChecks checks, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            checks.add("reasons", ViolationCode.NO_REASON, Messages.NO_REASON);
            return;
        }
        checks.each("reasons", reasons, LIST_LIMIT, (path, reason) -> {
            checks.required(path + ".type", reason.type());
            if (reason.type() == ReasonType.OTHER && (reason.detail() == null || reason.detail().isBlank())) {
                checks.add(path + ".detail", ViolationCode.DETAIL_REQUIRED, Messages.DETAIL_REQUIRED);
            } else {
                checks.text(path + ".detail", reason.detail(), LONG_TEXT_LIMIT);
            }
            checks.text(path + ".assessment", reason.assessment(), LONG_TEXT_LIMIT);
        });
    }

    private static void step(FieldChecks checks, String path, StepTaken step, Termination termination) {
        if (checks.required(path + ".date", step.date())) {
            checks.notAfter(path + ".date", step.date(), "the letter date", termination.letterDate());
        }
        checks.requiredText(path + ".description", step.description(), LONG_TEXT_LIMIT);
    }

    private static void invoice(FieldChecks checks, String path, FinalInvoice invoice) {
        checks.requiredText(path + ".number", invoice.number(), SHORT_TEXT_LIMIT);
        checks.required(path + ".issued", invoice.issued());
        if (checks.required(path + ".due", invoice.due())) {
            checks.notBefore(path + ".due", invoice.due(), "the issue date", invoice.issued());
        }
        if (checks.required(path + ".amount", invoice.amount())) {
            checks.amount(path + ".amount", invoice.amount(), invoice.currency(), AMOUNT_DIGIT_LIMIT,
                    DECIMALS_WITHOUT_MINOR_UNIT);
        }
        checks.required(path + ".currency", invoice.currency());
        checks.kid(path + ".kid", invoice.kid());
        checks.required(path + ".status", invoice.status());
    }

    private static void refund(FieldChecks checks, String path, Refund refund) {
        checks.requiredText(path + ".description", refund.description(), LONG_TEXT_LIMIT);
        if (checks.required(path + ".amount", refund.amount())) {
            checks.amount(path + ".amount", refund.amount(), refund.currency(), AMOUNT_DIGIT_LIMIT,
                    DECIMALS_WITHOUT_MINOR_UNIT);
        }
        checks.required(path + ".currency", refund.currency());
        checks.paymentAccount(path + ".toAccount", refund.toAccount());
    }

    /**
     * A refund set off against the invoices may not come to more than the undisputed unpaid invoices of its currency:
     * the letter would otherwise ask the client to pay less than nothing. Reported at the refund that goes over, and
     * only judged once every amount and currency is valid.
     */
    private static void setOffs(FieldChecks checks, Termination termination) {
        if (checks.violations().stream().anyMatch(v -> v.path().endsWith(".amount") || v.path().endsWith(".currency"))) {
            return;
        }
        Map<Currency, CurrencyBalance> balances = termination.balances();
        Map<Currency, BigDecimal> running = new LinkedHashMap<>();
        List<Refund> refunds = termination.refunds();
        for (int i = 0; i < refunds.size(); i++) {
            Refund refund = refunds.get(i);
            if (refund == null || !refund.isSetOff()) {
                continue;
            }
            Currency currency = refund.currency();
            BigDecimal payable = balances.get(currency).payable().amount();
            BigDecimal before = running.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal after = before.add(refund.amount());
            running.put(currency, after);
            String path = "refunds[" + i + "].settlement";
            if (payable.signum() == 0 && before.signum() == 0) {
                checks.add(path, ViolationCode.SET_OFF_TOO_LARGE, Messages.setOffWithoutInvoices(currency));
            } else if (payable.signum() > 0 && before.compareTo(payable) <= 0 && after.compareTo(payable) > 0) {
                checks.add(path, ViolationCode.SET_OFF_TOO_LARGE, Messages.setOffTooLarge(currency, after, payable));
            }
        }
    }

    private static void transition(FieldChecks checks, Transition transition) {
        if (transition == null) {
            return;
        }
        checks.text("transition.newProvider", transition.newProvider(), SHORT_TEXT_LIMIT);
        checks.eachText("transition.items", transition.items(), LIST_LIMIT, LONG_TEXT_LIMIT);
        Contact contact = transition.contact();
        if (contact != null) {
            checks.requiredText("transition.contact.name", contact.name(), SHORT_TEXT_LIMIT);
            checks.email("transition.contact.email", contact.email());
            checks.text("transition.contact.phone", contact.phone(), SHORT_TEXT_LIMIT);
        }
    }

    private static void closing(FieldChecks checks, Closing closing) {
        checks.text("closing.personalNote", closing.personalNote(), LONG_TEXT_LIMIT);
    }

    private static void caseNotes(FieldChecks checks, Termination termination) {
        CaseNotes notes = termination.caseNotes();
        checks.text("case.assessment", notes.assessment(), LONG_TEXT_LIMIT);
        Consequences consequences = notes.consequences();
        checks.text("case.consequences.reputation", consequences.reputation(), LONG_TEXT_LIMIT);
        checks.text("case.consequences.legal", consequences.legal(), LONG_TEXT_LIMIT);
        checks.text("case.consequences.influence", consequences.influence(), LONG_TEXT_LIMIT);
        Signatory decidedBy = notes.decidedBy();
        if (decidedBy != null) {
            checks.requiredText("case.decidedBy.name", decidedBy.name(), SHORT_TEXT_LIMIT);
            checks.text("case.decidedBy.title", decidedBy.title(), SHORT_TEXT_LIMIT);
        }
        checks.eachText("case.consulted", notes.consulted(), CONSULTED_LIMIT, SHORT_TEXT_LIMIT);
        checks.notAfter("case.decidedOn", notes.decidedOn(), "the letter date", termination.letterDate());
        checks.range("case.debriefAfterDays", notes.debriefAfterDays(), 1, DEBRIEF_DAYS_LIMIT,
                "days after the effective date");
    }
}
