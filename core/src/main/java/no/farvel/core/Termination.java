package no.farvel.core;

import no.farvel.localization.LetterLocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts of ending one client relationship: who, when, why, what was done, and what the client needs to wind down.
 *
 * <p>Immutable. Made with {@link #builder()} or read from JSON. Building never fails on bad data: call
 * {@code TerminationValidator.validate(termination)} to learn everything that is wrong with it.
 */
public final class Termination {
    private static final String HOME_COUNTRY = "NO";
    // Far beyond any real amount, near enough that a sum of them stays small; validation holds amounts to less.
    private static final int MAX_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;

    private final String id;
    private final LetterLocale locale;
    private final LocalDate letterDate;
    private final LocalDate effectiveDate;
    private final Reference reference;
    private final Contract contract;
    private final Provider provider;
    private final Client client;
    private final List<Reason> reasons;
    private final List<StepTaken> stepsTaken;
    private final List<FinalInvoice> finalInvoices;
    private final List<Refund> refunds;
    private final Transition transition;
    private final Closing closing;
    private final Boolean forCause;
    private final CaseNotes caseNotes;

    private Termination(Builder b) {
        id = b.id;
        locale = b.locale;
        letterDate = b.letterDate != null ? b.letterDate : LocalDate.now();
        effectiveDate = b.effectiveDate;
        reference = b.reference;
        contract = b.contract;
        provider = b.provider;
        client = b.client;
        reasons = Lists.immutable(b.reasons);
        stepsTaken = Lists.immutable(b.stepsTaken);
        finalInvoices = Lists.immutable(b.finalInvoices);
        refunds = Lists.immutable(b.refunds);
        transition = b.transition;
        closing = b.closing != null ? b.closing : Closing.DEFAULT;
        forCause = b.forCause;
        caseNotes = b.caseNotes != null ? b.caseNotes : CaseNotes.NONE;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this termination's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The record's identifier, also the name of its output folder. */
    public String id() {
        return id;
    }

    /** The letter's language. */
    public LetterLocale locale() {
        return locale;
    }

    /** The date on the letter; today when none was given. */
    public LocalDate letterDate() {
        return letterDate;
    }

    /** The last day of the agreement: it ends at the end of this day, and the services run until then. */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /** Both parties' references, or null. */
    public Reference reference() {
        return reference;
    }

    /** The contract that ends, or null. */
    public Contract contract() {
        return contract;
    }

    /** The sender. */
    public Provider provider() {
        return provider;
    }

    /** The recipient. */
    public Client client() {
        return client;
    }

    /** Why the relationship ends, never null. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** What was done to resolve the reasons, never null. */
    public List<StepTaken> stepsTaken() {
        return stepsTaken;
    }

    /** The last invoices, never null. */
    public List<FinalInvoice> finalInvoices() {
        return finalInvoices;
    }

    /** Money paid back to the client, never null. */
    public List<Refund> refunds() {
        return refunds;
    }

    /** The hand-over to the next provider, or null when there is none. */
    public Transition transition() {
        return transition;
    }

    /** How the letter ends; never null. */
    public Closing closing() {
        return closing;
    }

    /**
     * Whether this is a termination for cause (avskjed/heving): the contract ends for a material breach, so the
     * notice period does not apply. False when not given.
     */
    public boolean forCause() {
        return forCause != null && forCause;
    }

    /**
     * The team's internal record of the decision (JSON field {@code case}), for the decision memo and the debrief;
     * never printed in the letter. Never null: {@link CaseNotes#NONE} when not given.
     */
    public CaseNotes caseNotes() {
        return caseNotes;
    }

    /**
     * The money of the letter per currency, in order of first appearance (invoices, then refunds): what is payable,
     * disputed, set off and paid out. Currencies are never mixed. An amount far outside the input contract (more than
     * 15 digits before the point or 6 after it) is left out, since adding it could take unbounded time and memory;
     * validation reports it.
     */
    public Map<Currency, CurrencyBalance> balances() {
        Map<Currency, List<FinalInvoice>> invoices = new LinkedHashMap<>();
        Map<Currency, List<Refund>> refundsIn = new LinkedHashMap<>();
        for (FinalInvoice invoice : finalInvoices) {
            if (invoice != null && bounded(invoice.money())) {
                invoices.computeIfAbsent(invoice.currency(), c -> new ArrayList<>()).add(invoice);
                refundsIn.computeIfAbsent(invoice.currency(), c -> new ArrayList<>());
            }
        }
        for (Refund refund : refunds) {
            if (refund != null && bounded(refund.money())) {
                refundsIn.computeIfAbsent(refund.currency(), c -> new ArrayList<>()).add(refund);
            }
        }
        Map<Currency, CurrencyBalance> balances = new LinkedHashMap<>();
        refundsIn.forEach((currency, currencyRefunds) -> {
            List<FinalInvoice> currencyInvoices = invoices.getOrDefault(currency, List.of());
            balances.put(currency, new CurrencyBalance(currency,
                    sum(currency, currencyInvoices, i -> i.isPayable() ? i.money() : null),
                    sum(currency, currencyInvoices, i -> i.status() == InvoiceStatus.DISPUTED ? i.money() : null),
                    sum(currency, currencyRefunds, r -> r.isSetOff() ? r.money() : null),
                    sum(currency, currencyRefunds, r -> r.isSetOff() ? null : r.money())));
        });
        return Collections.unmodifiableMap(balances);
    }

    /**
     * What the letter asks the client to pay, per currency: the undisputed unpaid invoices less the refunds set off
     * against them. Currencies with nothing to pay are left out; disputed invoices are never in it.
     */
    public Map<Currency, Money> netByCurrency() {
        Map<Currency, Money> net = new LinkedHashMap<>();
        balances().forEach((currency, balance) -> {
            if (balance.hasDue()) {
                net.put(currency, balance.due());
            }
        });
        return Collections.unmodifiableMap(net);
    }

    /** Whether the client's address is outside Norway (an address without a country is in Norway). */
    public boolean clientAbroad() {
        String country = client == null || client.address() == null ? null : client.address().country();
        return country != null && !country.equals(HOME_COUNTRY);
    }

    /**
     * Whether the client pays an amount in this currency as a Norwegian domestic payment: in kroner, from Norway.
     * Such a payment goes to {@link Provider#bankAccount()} with a KID where the invoice has one; any other to
     * {@link Provider#iban()} and {@link Provider#bic()}, since a bank abroad cannot pay to a Norwegian account
     * number and KID is a Norwegian reference.
     */
    public boolean isDomesticPayment(Currency currency) {
        return currency != null && currency.getCurrencyCode().equals("NOK") && !clientAbroad();
    }

    /** The letter date plus the contract's notice period; empty when no notice period is agreed. */
    public Optional<LocalDate> earliestEffectiveDate() {
        if (contract == null || contract.noticePeriod() == null) {
            return Optional.empty();
        }
        return Optional.of(letterDate.plus(contract.noticePeriod()));
    }

    private static boolean bounded(Money money) {
        return money != null && money.amount().precision() - money.amount().scale() <= MAX_DIGITS
                && money.amount().scale() <= MAX_DECIMALS;
    }

    private static <T> Money sum(Currency currency, List<T> items, Function<T, Money> money) {
        Money total = Money.zero(currency);
        for (T item : items) {
            Money m = money.apply(item);
            if (m != null) {
                total = total.plus(m);
            }
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Termination t)) {
            return false;
        }
        return Objects.equals(id, t.id) && locale == t.locale && letterDate.equals(t.letterDate)
                && Objects.equals(effectiveDate, t.effectiveDate) && Objects.equals(reference, t.reference)
                && Objects.equals(contract, t.contract) && Objects.equals(provider, t.provider)
                && Objects.equals(client, t.client) && reasons.equals(t.reasons) && stepsTaken.equals(t.stepsTaken)
                && finalInvoices.equals(t.finalInvoices) && refunds.equals(t.refunds)
                && Objects.equals(transition, t.transition) && closing.equals(t.closing)
                && forCause() == t.forCause() && caseNotes.equals(t.caseNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, locale, letterDate, effectiveDate, client, reasons, finalInvoices);
    }

    @Override
    public String toString() {
        return "Termination[id=" + id + ", locale=" + locale + ", client=" + (client == null ? null : client.name())
                + ", effectiveDate=" + effectiveDate + "]";
    }

    /** Collects the values of a {@link Termination}. Not thread-safe; {@link #build()} never fails on bad data. */
    public static final class Builder {
        private String id;
        private LetterLocale locale;
        private LocalDate letterDate;
        private LocalDate effectiveDate;
        private Reference reference;
        private Contract contract;
        private Provider provider;
        private Client client;
        private List<Reason> reasons = new ArrayList<>();
        private List<StepTaken> stepsTaken = new ArrayList<>();
        private List<FinalInvoice> finalInvoices = new ArrayList<>();
        private List<Refund> refunds = new ArrayList<>();
        private Transition transition;
        private Closing closing;
        private Boolean forCause;
        private CaseNotes caseNotes;

        private Builder() {
        }

        private Builder(Termination t) {
            id = t.id;
            locale = t.locale;
            letterDate = t.letterDate;
            effectiveDate = t.effectiveDate;
            reference = t.reference;
            contract = t.contract;
            provider = t.provider;
            client = t.client;
            reasons = new ArrayList<>(t.reasons);
            stepsTaken = new ArrayList<>(t.stepsTaken);
            finalInvoices = new ArrayList<>(t.finalInvoices);
            refunds = new ArrayList<>(t.refunds);
            transition = t.transition;
            closing = t.closing;
            forCause = t.forCause;
            caseNotes = t.caseNotes;
        }

        /** The record's identifier, also the name of its output folder. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The letter's language. */
        public Builder locale(LetterLocale locale) {
            this.locale = locale;
            return this;
        }

        /** The date on the letter; today when not given. */
        public Builder letterDate(LocalDate letterDate) {
            this.letterDate = letterDate;
            return this;
        }

        /** The last day of the agreement, at the end of which it ends. */
        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        /** Both parties' references. */
        public Builder reference(Reference reference) {
            this.reference = reference;
            return this;
        }

        /** The contract that ends. */
        public Builder contract(Contract contract) {
            this.contract = contract;
            return this;
        }

        /** The sender; see {@link Provider#builder()}. */
        public Builder provider(Provider provider) {
            this.provider = provider;
            return this;
        }

        /** The recipient; see {@link Client#builder()}. */
        public Builder client(Client client) {
            this.client = client;
            return this;
        }

        /** Replaces all reasons. */
        public Builder reasons(List<Reason> reasons) {
            this.reasons = new ArrayList<>(reasons == null ? List.of() : reasons);
            return this;
        }

        /** Adds a reason. */
        public Builder addReason(ReasonType type, String detail) {
            reasons.add(new Reason(type, detail));
            return this;
        }

        /** Replaces all steps taken. */
        public Builder stepsTaken(List<StepTaken> stepsTaken) {
            this.stepsTaken = new ArrayList<>(stepsTaken == null ? List.of() : stepsTaken);
            return this;
        }

        /** Adds a step taken to resolve the reasons. */
        public Builder addStepTaken(LocalDate date, String description) {
            stepsTaken.add(new StepTaken(date, description));
            return this;
        }

        /** Replaces all final invoices. */
        public Builder finalInvoices(List<FinalInvoice> finalInvoices) {
            this.finalInvoices = new ArrayList<>(finalInvoices == null ? List.of() : finalInvoices);
            return this;
        }

        /** Adds a final invoice; see {@link FinalInvoice#builder()}. */
        public Builder addFinalInvoice(FinalInvoice invoice) {
            finalInvoices.add(invoice);
            return this;
        }

        /** Replaces all refunds. */
        public Builder refunds(List<Refund> refunds) {
            this.refunds = new ArrayList<>(refunds == null ? List.of() : refunds);
            return this;
        }

        /** Adds a refund; see {@link Refund#builder()}. */
        public Builder addRefund(Refund refund) {
            refunds.add(refund);
            return this;
        }

        /** The hand-over to another provider. */
        public Builder transition(Transition transition) {
            this.transition = transition;
            return this;
        }

        /** How the letter ends; thanks and good wishes when not given. */
        public Builder closing(Closing closing) {
            this.closing = closing;
            return this;
        }

        /** Marks the termination as for cause (avskjed/heving); null means no. */
        public Builder forCause(Boolean forCause) {
            this.forCause = forCause;
            return this;
        }

        /** The team's internal record of the decision; {@link CaseNotes#NONE} when not given. */
        public Builder caseNotes(CaseNotes caseNotes) {
            this.caseNotes = caseNotes;
            return this;
        }

        /** An immutable termination; the letter date defaults to today. */
        public Termination build() {
            return new Termination(this);
        }
    }
}
