package no.farvel.templates.internal.model;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.farvel.core.CurrencyBalance;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Money;
import no.farvel.core.Provider;
import no.farvel.core.Refund;
import no.farvel.core.Termination;
import no.farvel.core.identifiers.Iban;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.LetterFormats;

/**
 * The money part of what a template sees: the invoice table, the disputed invoices apart, the totals per currency,
 * how each currency is paid, and the refunds. Every figure comes from the termination's balances, so a letter asks
 * for exactly what the model says is due and never sums across currencies.
 *
 * <p>One letter shows one style of amount: the table form ({@code kr 12 400,00}) in tables and running text alike.
 */
final class MoneyModel {
    /** The payment reference a currency's payment asks for. */
    enum Reference { KID, KID_PARTLY, INVOICE_NUMBER, INVOICE_NUMBERS }

    /**
     * When a currency's payment is asked for: by the due date of its one invoice or of each, at once when every
     * invoice is overdue, or by the due dates with the overdue ones at once when only some are.
     */
    enum Timing { DUE, DUE_EACH, NOW, SOME_NOW }

    /** How a currency is paid: to the Norwegian account, to the IBAN with or without BIC, or nowhere known. */
    enum Route { ACCOUNT, IBAN, IBAN_NO_BIC, NONE }

    private final Termination t;
    private final LetterFormats format;
    private final Function<String, String> wording;
    private final Map<Currency, CurrencyBalance> balances;

    MoneyModel(Termination t, Function<String, String> wording) {
        this.t = t;
        this.format = t.locale().formats();
        this.wording = wording;
        this.balances = t.balances();
    }

    /** Adds the money entries to the template's root. */
    void addTo(Map<String, Object> root) {
        List<FinalInvoice> listed = t.finalInvoices().stream()
                .filter(i -> i.status() != InvoiceStatus.DISPUTED).toList();
        List<FinalInvoice> disputed = t.finalInvoices().stream()
                .filter(i -> i.status() == InvoiceStatus.DISPUTED).toList();
        root.put("invoices", listed.stream().map(this::invoice).toList());
        root.put("anyKid", listed.stream().anyMatch(this::showsKid));
        root.put("disputedInvoices", disputed.stream().map(this::invoice).toList());
        root.put("totals", totals());
        root.put("disputedTotals", balances.values().stream()
                .filter(b -> b.disputed().amount().signum() > 0).map(b -> amount(b.disputed())).toList());
        root.put("payments", payments());
        root.put("noFurtherInvoices", t.finalInvoices().isEmpty());
        root.put("refunds", t.refunds().stream().map(this::refund).toList());
    }

    private Map<String, Object> invoice(FinalInvoice i) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("number", text(i.number()));
        invoice.put("issued", format.dateInTable(i.issued()));
        invoice.put("due", format.dateInTable(i.due()));
        invoice.put("kid", showsKid(i) ? format.kid(i.kid()) : "");
        InvoiceState state = i.state(t.letterDate());
        invoice.put("state", state.name());
        invoice.put("status", wording.apply("invoices.status." + state.name()));
        invoice.put("amount", amount(i.money()));
        return invoice;
    }

    /** KID is a Norwegian payment reference: shown only for kroner paid from Norway. */
    private boolean showsKid(FinalInvoice i) {
        return i.kid() != null && !i.kid().isBlank() && t.isDomesticPayment(i.currency());
    }

    /** Per currency with unpaid undisputed invoices: their sum, each refund set off against them, and what is due. */
    private List<Map<String, Object>> totals() {
        List<Map<String, Object>> totals = new ArrayList<>();
        for (CurrencyBalance b : balances.values()) {
            if (b.payable().amount().signum() == 0) {
                continue;
            }
            List<Map<String, Object>> setOffs = new ArrayList<>();
            for (Refund r : t.refunds()) {
                if (r.isSetOff() && b.currency().equals(r.currency())) {
                    setOffs.add(Map.of("description", RunIn.text(r.description()),
                            "amount", amount(Money.zero(b.currency()).minus(r.money()))));
                }
            }
            totals.add(Map.of("currency", b.currency().getCurrencyCode(), "unpaid", amount(b.payable()),
                    "setOffs", setOffs, "due", amount(b.due())));
        }
        return totals;
    }

    /** Per currency the client is asked to pay: the amount, where to pay it and which reference to give. */
    private List<Map<String, Object>> payments() {
        Provider p = t.provider();
        List<Map<String, Object>> payments = new ArrayList<>();
        for (CurrencyBalance b : balances.values()) {
            if (!b.hasDue()) {
                continue;
            }
            boolean domestic = t.isDomesticPayment(b.currency());
            Route route;
            if (domestic) {
                route = notBlank(p.bankAccount()) ? Route.ACCOUNT : Route.NONE;
            } else if (notBlank(p.iban())) {
                route = notBlank(p.bic()) ? Route.IBAN : Route.IBAN_NO_BIC;
            } else {
                // A client abroad gets what the provider has; the guide check warns that IBAN and BIC are missing.
                route = notBlank(p.bankAccount()) ? Route.ACCOUNT : Route.NONE;
            }
            Map<String, Object> payment = new LinkedHashMap<>();
            payment.put("currency", b.currency().getCurrencyCode());
            payment.put("amount", amount(b.due()));
            payment.put("route", route.name());
            payment.put("account", notBlank(p.bankAccount()) ? format.accountNumber(p.bankAccount()) : "");
            payment.put("iban", notBlank(p.iban()) ? format.iban(p.iban()) : "");
            payment.put("bic", text(p.bic()));
            payment.put("reference", reference(b, domestic).name());
            payment.put("timing", timing(b).name());
            payments.add(payment);
        }
        return payments;
    }

    /**
     * KID when every unpaid invoice of the currency has one and nothing is set off (a KID carries one invoice's
     * amount, so a reduced total cannot use it); otherwise the invoice number or numbers.
     */
    private Reference reference(CurrencyBalance b, boolean domestic) {
        List<FinalInvoice> payable = t.finalInvoices().stream()
                .filter(i -> i.isPayable() && b.currency().equals(i.currency())).toList();
        long withKid = payable.stream().filter(this::showsKid).count();
        if (domestic && b.setOff().amount().signum() == 0 && withKid > 0) {
            return withKid == payable.size() ? Reference.KID : Reference.KID_PARTLY;
        }
        return payable.size() == 1 ? Reference.INVOICE_NUMBER : Reference.INVOICE_NUMBERS;
    }

    private Timing timing(CurrencyBalance b) {
        List<FinalInvoice> payable = t.finalInvoices().stream()
                .filter(i -> i.isPayable() && b.currency().equals(i.currency())).toList();
        long overdue = payable.stream().filter(i -> i.state(t.letterDate()) == InvoiceState.OVERDUE).count();
        if (overdue == payable.size()) {
            return Timing.NOW;
        }
        return overdue > 0 ? Timing.SOME_NOW : payable.size() == 1 ? Timing.DUE : Timing.DUE_EACH;
    }

    private Map<String, Object> refund(Refund r) {
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("description", RunIn.text(r.description()));
        refund.put("amount", amount(r.money()));
        refund.put("payBy", format.dateInText(r.payBy()));
        refund.put("setOff", r.isSetOff());
        // Paid out beside invoices of its currency that are still asked for: the letter says it is not set off.
        CurrencyBalance balance = r.currency() == null ? null : balances.get(r.currency());
        refund.put("besideInvoices", !r.isSetOff() && balance != null && balance.payable().amount().signum() > 0);
        String account = r.toAccount();
        boolean iban = Iban.isValid(account);
        refund.put("toAccount", account == null ? "" : iban ? format.iban(account) : format.accountNumber(account));
        refund.put("toIban", iban);
        return refund;
    }

    private String amount(Money money) {
        return money == null ? "" : format.amountInTable(money.amount(), money.currency());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
