package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.farvel.core.CurrencyBalance;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Money;
import no.farvel.core.Provider;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.FindingCodes;
import no.farvel.core.guide.LetterText;
import no.farvel.localization.LetterFormats;
import no.farvel.localization.LetterLocale;

/**
 * The rules about money: every currency the letter asks for has payment details the client can use, and no letter
 * asks for a disputed invoice. Stateless and thread-safe.
 */
public final class MoneyRules {
    private final GuideMessages messages;

    public MoneyRules(GuideMessages messages) {
        this.messages = messages;
    }

    /**
     * A warning for each kind of payment the letter asks for without the provider field it needs: IBAN and BIC for
     * a client abroad or a currency other than kroner, the Norwegian account number for kroner paid from Norway.
     */
    public List<Finding> paymentDetails(Termination t) {
        Provider provider = t.provider();
        if (provider == null) {
            return List.of();
        }
        List<String> domestic = new ArrayList<>();
        List<String> international = new ArrayList<>();
        t.netByCurrency().keySet().forEach(currency ->
                (t.isDomesticPayment(currency) ? domestic : international).add(currency.getCurrencyCode()));
        List<Finding> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (blank(provider.iban())) {
            missing.add("provider.iban");
        }
        if (blank(provider.bic())) {
            missing.add("provider.bic");
        }
        if (!international.isEmpty() && !missing.isEmpty()) {
            findings.add(finding(t.locale(), FindingCodes.PAYMENT_DETAILS_MISSING,
                    FindingCodes.PAYMENT_DETAILS_MISSING, missing.get(0), list(t.locale(), international),
                    list(t.locale(), missing)));
        }
        if (!domestic.isEmpty() && blank(provider.bankAccount())) {
            findings.add(finding(t.locale(), FindingCodes.PAYMENT_DETAILS_MISSING,
                    FindingCodes.PAYMENT_DETAILS_MISSING + ".domestic", "provider.bankAccount"));
        }
        return findings;
    }

    /**
     * An error when the letter asks for a disputed amount. With parts marked {@code data-role="payable"}, any of
     * them that states a disputed invoice's amount, the disputed subtotal, or a total with the disputed amount in
     * it; without them (as when nothing is payable), such a total anywhere in the letter, other than the disputed
     * subtotal itself (a disputed invoice's own amount and the disputed subtotal may well be listed).
     * An amount that is also a legitimate one to ask for is never held against the letter.
     */
    public List<Finding> disputedRequested(Termination t, LetterText letter) {
        LetterLocale locale = t.locale() == null ? LetterLocale.EN : t.locale();
        boolean marked = letter.roles().containsKey(LetterText.PAYABLE);
        String asked = flat(marked ? String.join("\n", letter.roles().get(LetterText.PAYABLE)) : letter.text());
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Currency, CurrencyBalance> entry : t.balances().entrySet()) {
            CurrencyBalance balance = entry.getValue();
            if (balance.disputed().amount().signum() == 0) {
                continue;
            }
            List<Money> legitimate = List.of(balance.payable(), balance.due());
            Set<Money> wrong = new LinkedHashSet<>();
            wrong.add(balance.payable().plus(balance.disputed()));
            wrong.add(balance.due().plus(balance.disputed()));
            if (!marked) {
                // Read from the whole letter, the disputed subtotal itself is the list of disputed invoices, not a
                // request: with nothing payable, payable plus disputed is that subtotal.
                wrong.removeIf(m -> m.amount().compareTo(balance.disputed().amount()) == 0);
            } else {
                wrong.add(balance.disputed());
                for (FinalInvoice invoice : t.finalInvoices()) {
                    if (invoice != null && invoice.status() == InvoiceStatus.DISPUTED
                            && entry.getKey().equals(invoice.currency()) && invoice.money() != null) {
                        wrong.add(invoice.money());
                    }
                }
            }
            for (Money amount : wrong) {
                if (legitimate.stream().noneMatch(m -> m.amount().compareTo(amount.amount()) == 0)
                        && mentions(asked, locale.formats(), amount)) {
                    String shown = locale.formats().amountInText(amount.amount(), amount.currency());
                    String disputed = locale.formats().amountInText(balance.disputed().amount(), amount.currency());
                    String due = locale.formats().amountInText(balance.due().amount(), amount.currency());
                    findings.add(finding(t.locale(), FindingCodes.DISPUTED_REQUESTED,
                            FindingCodes.DISPUTED_REQUESTED, "letter", shown, disputed, due));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean mentions(String text, LetterFormats formats, Money amount) {
        return text.contains(flat(formats.amountInText(amount.amount(), amount.currency())))
                || text.contains(flat(formats.amountInTable(amount.amount(), amount.currency())));
    }

    /** No-break and narrow spaces as plain ones, runs of white space as one, so a wrapped amount still matches. */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    private static String list(LetterLocale locale, List<String> items) {
        return (locale == null ? LetterLocale.EN : locale).words().list(items);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A finding of {@code code} whose message is under {@code key}: the code itself, or the code and a variant. */
    private Finding finding(LetterLocale locale, String code, String key, String location, Object... args) {
        return new Finding(FindingCodes.severityOf(code), code, location, messages.text(locale, key, args),
                messages.text(LetterLocale.EN, key, args), null);
    }
}
