package no.farvel.templates.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.farvel.core.Address;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Money;
import no.farvel.core.Refund;
import no.farvel.core.RefundSettlement;
import no.farvel.core.Termination;
import no.farvel.localization.LetterLocale;

/**
 * A generated corpus of edge cases for the money and the decision of a letter, each in every built-in language: the
 * project's own example of that language with its money, client or decision changed. The cases are the ones issue 13
 * names: disputed invoices, mixed currencies with a client abroad, refunds set off and paid out, no invoices, for
 * cause, overdue invoices, and a named person with and without a title or nobody ("Sir or Madam").
 */
public final class LetterCases {
    /** The account of the examples' providers as an IBAN, and their bank's BIC. */
    public static final String IBAN = "NO4815039603087";
    public static final String BIC = "DNBANOKK";

    private static final Map<LetterLocale, String> EXAMPLES = Map.of(LetterLocale.NB, "nb-sen-betaling.json",
            LetterLocale.NN, "nn-trakassering.json", LetterLocale.EN, "en-scope.json");
    private static final Address OSLO = new Address(List.of("Storgata 1"), "0155", "Oslo", "NO");
    private static final Address STOCKHOLM = new Address(List.of("Drottninggatan 1"), "111 51", "Stockholm", "SE");

    /** Sentences each case must show, by case and language, as the PDF text has them with spaces made plain. */
    private static final Map<String, Map<LetterLocale, List<String>>> SHOWS = Map.of(
            "disputed", Map.of(
                    LetterLocale.NB, List.of("Å betale kr 12 400,00",
                            "Vi ber dere betale kr 12 400,00 til konto 1503 96 03087 innen forfall.",
                            "Fakturaene nedenfor er omtvistet. De er fortsatt under avklaring mellom oss, og vi ber "
                                    + "ikke om betaling av dem nå.", "Sum omtvistet kr 3 200,00"),
                    LetterLocale.NN, List.of("Å betale kr 12 400,00",
                            "Vi ber dykk betale kr 12 400,00 til konto 1503 93 51819 innan forfall.",
                            "Fakturaene nedanfor er omtvista. Dei er framleis under avklaring mellom oss, og vi ber "
                                    + "ikkje om betaling av dei no.", "Sum omtvista kr 3 200,00"),
                    LetterLocale.EN, List.of("Amount due NOK 12,400.00",
                            "Please pay NOK 12,400.00 to account 1503 96 03087 by the due date.",
                            "The invoices below are disputed. They remain under discussion between us, and we are "
                                    + "not asking for payment of them at this stage.", "Total disputed NOK 3,200.00")),
            "mixedCurrenciesAbroad", Map.of(
                    LetterLocale.NB, List.of("Vi ber dere betale kr 12 400,00 til IBAN NO48 1503 9603 087, BIC "
                            + "DNBANOKK, innen forfall.", "Vi ber dere betale EUR 1 250,50 til IBAN NO48 1503 9603 087, "
                            + "BIC DNBANOKK, innen forfall.", "Merk betalingen med fakturanummeret."),
                    LetterLocale.NN, List.of("Vi ber dykk betale kr 12 400,00 til IBAN NO48 1503 9603 087, BIC "
                            + "DNBANOKK, innan forfall.", "Vi ber dykk betale EUR 1 250,50 til IBAN NO48 1503 9603 087, "
                            + "BIC DNBANOKK, innan forfall.", "Merk betalinga med fakturanummeret."),
                    LetterLocale.EN, List.of("Please pay NOK 12,400.00 to IBAN NO48 1503 9603 087, BIC DNBANOKK, by "
                            + "the due date.", "Please pay EUR 1,250.50 to IBAN NO48 1503 9603 087, BIC DNBANOKK, by "
                            + "the due date.", "Please quote the invoice number as the payment reference.")),
            "refundsSetOffAndPaidOut", Map.of(
                    LetterLocale.NB, List.of("Ubetalte fakturaer kr 21 350,00",
                            "Til fradrag: Forskudd for februar 2027 kr \u22124 500,00", "Å betale kr 16 850,00",
                            "Merk betalingen med fakturanumrene.",
                            "Forskudd for februar 2027: kr 4 500,00. Beløpet blir motregnet mot sluttfakturaene ovenfor.",
                            "Depositum: kr 1 000,00. Vi betaler beløpet tilbake til konto 1503 94 82190 innen "
                                    + "14. februar 2027. Beløpet blir ikke motregnet mot sluttfakturaene ovenfor."),
                    LetterLocale.NN, List.of("Ubetalte fakturaer kr 21 350,00", "Å betale kr 16 850,00",
                            "Beløpet blir motrekna mot sluttfakturaene ovanfor.",
                            "Beløpet blir ikkje motrekna mot sluttfakturaene ovanfor."),
                    LetterLocale.EN, List.of("Unpaid invoices NOK 21,350.00", "Amount due NOK 16,850.00",
                            "This amount is set off against the final invoices above.",
                            "This amount is not set off against the final invoices above.")),
            "noInvoices", Map.of(
                    LetterLocale.NB, List.of("Dere vil ikke motta flere fakturaer fra oss."),
                    LetterLocale.NN, List.of("De vil ikkje få fleire fakturaer frå oss."),
                    LetterLocale.EN, List.of("You will receive no further invoices from us.")),
            "forCause", Map.of(
                    LetterLocale.NB, List.of("Heving: Avtale om regnskapstjenester", "Vi hever med dette avtalen på "
                            + "grunn av forholdene som er beskrevet nedenfor. Avtalen opphører ved utløpet av "
                            + "31. januar 2027. Ved heving gjelder ikke oppsigelsesfristen i avtalen."),
                    LetterLocale.NN, List.of("Heving: Avtale om reinhald", "Vi hevar med dette avtalen på grunn av "
                            + "forholda som er skildra nedanfor. Avtalen opphøyrer ved utløpet av 31. desember 2026."),
                    LetterLocale.EN, List.of("Termination for cause: Master Services Agreement", "We hereby terminate "
                            + "the agreement with effect from the end of 28 February 2027 on the grounds set out "
                            + "below. As this termination is for cause, the notice period in the agreement "
                            + "does not apply.")),
            "overdue", Map.of(
                    LetterLocale.NB, List.of("Forfalt", "Vi ber dere betale kr 5 000,00 til konto 1503 96 03087 "
                            + "snarest."),
                    LetterLocale.NN, List.of("Forfallen", "Vi ber dykk betale kr 5 000,00 til konto 1503 93 51819 "
                            + "snarast."),
                    LetterLocale.EN, List.of("Overdue", "Please pay NOK 5,000.00 to account 1503 96 03087 as soon as "
                            + "possible.")),
            "namedWithTitle", Map.of(
                    LetterLocale.NB, List.of("Att.: Ms Jane O'Neill", "Med vennlig hilsen"),
                    LetterLocale.NN, List.of("Att.: Ms Jane O'Neill", "Med venleg helsing"),
                    LetterLocale.EN, List.of("Dear Ms O'Neill,", "Yours sincerely,")),
            "namedWithoutTitle", Map.of(
                    LetterLocale.NB, List.of("Att.: Jane O'Neill", "Med vennlig hilsen"),
                    LetterLocale.NN, List.of("Att.: Jane O'Neill", "Med venleg helsing"),
                    LetterLocale.EN, List.of("Dear Jane O'Neill,", "Yours sincerely,")),
            "sirOrMadam", Map.of(
                    LetterLocale.NB, List.of("Med vennlig hilsen"),
                    LetterLocale.NN, List.of("Med venleg helsing"),
                    LetterLocale.EN, List.of("Dear Sir or Madam,", "Yours faithfully,")));

    /** What no letter of the case may show, in any language. */
    private static final Map<String, List<String>> NEVER = Map.of(
            "disputed", List.of("15 600,00", "15,600.00", "KID-nummeret for fakturaer"),
            "mixedCurrenciesAbroad", List.of("KID", "1503 96 03087", "NO4815039603087"),
            "refundsSetOffAndPaidOut", List.of("KID-nummeret", "KID number", "21 350,00 til", "21,350.00 to"),
            "noInvoices", List.of("Sluttfakturaer", "Final invoices"),
            "forCause", List.of("oppsigelsesfristen i avtalen, som er", "notice the agreement requires",
                    "med dette opp avtalen"),
            "namedWithTitle", List.of("Dear Ms Jane", "Yours faithfully"),
            "namedWithoutTitle", List.of("Yours faithfully"),
            "sirOrMadam", List.of("Yours sincerely"));

    /** One case: its name, the language, and the termination to write. */
    public record Case(String name, LetterLocale locale, Termination termination) {
        @Override
        public String toString() {
            return name + " (" + locale.code() + ")";
        }
    }

    private LetterCases() {
    }

    /** Every case in every built-in language. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (LetterLocale locale : List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN)) {
            for (Map.Entry<String, UnaryOperator<Termination.Builder>> c : changes().entrySet()) {
                cases.add(of(c.getKey(), locale));
            }
        }
        return cases;
    }

    /** The named case in one language. */
    public static Case of(String name, LetterLocale locale) {
        UnaryOperator<Termination.Builder> change = changes().get(name);
        if (change == null) {
            throw new IllegalArgumentException("No letter case named " + name);
        }
        Termination base = SharedExamples.read(EXAMPLES.get(locale));
        Termination.Builder b = base.toBuilder().forCause(false)
                .provider(base.provider().toBuilder().iban(IBAN).bic(BIC).build())
                .client(base.client().toBuilder().address(OSLO).attention("Kari Nordmann").build())
                .finalInvoices(List.of()).refunds(List.of());
        return new Case(name, locale, change.apply(b).build());
    }

    /** The sentences the case's letter shows, as {@link #plain} text. */
    public static List<String> shows(Case c) {
        return SHOWS.get(c.name()).get(c.locale());
    }

    /** What the case's letter must not show in any language. */
    public static List<String> never(Case c) {
        return NEVER.getOrDefault(c.name(), List.of());
    }

    /** No-break and narrow spaces as plain ones, runs of white space as one, so wrapped phrases can be found. */
    public static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    private static Map<String, UnaryOperator<Termination.Builder>> changes() {
        Map<String, UnaryOperator<Termination.Builder>> c = new java.util.LinkedHashMap<>();
        // 12 400,00 open and 3 200,00 disputed: the letter asks for 12 400,00 and never for 15 600,00.
        c.put("disputed", b -> b.finalInvoices(List.of(
                invoice("2026-1041", "12400.00", "NOK", "20261041006", "2026-12-15", InvoiceStatus.OPEN),
                invoice("2026-0977", "3200.00", "NOK", null, "2026-12-01", InvoiceStatus.DISPUTED))));
        // A client in Sweden owing kroner and euros: both paid to the IBAN, no KID anywhere.
        c.put("mixedCurrenciesAbroad", b -> withClientAt(b, STOCKHOLM).finalInvoices(List.of(
                invoice("2026-1041", "12400.00", "NOK", "20261041006", "2026-12-15", InvoiceStatus.OPEN),
                invoice("2026-1050", "1250.50", "EUR", null, "2026-12-20", InvoiceStatus.OPEN))));
        // 21 350,00 open less 4 500,00 set off: 16 850,00 to pay; the 1 000,00 paid out is said not to be set off.
        c.put("refundsSetOffAndPaidOut", b -> b.finalInvoices(List.of(
                        invoice("2026-1041", "12400.00", "NOK", "20261041006", "2026-12-15", InvoiceStatus.OPEN),
                        invoice("2026-1088", "8950.00", "NOK", "20261088007", "2026-12-31", InvoiceStatus.OPEN)))
                .refunds(List.of(
                        refund("Forskudd for februar 2027", "4500.00", RefundSettlement.SET_OFF, null),
                        refund("Depositum", "1000.00", RefundSettlement.PAY_OUT, "15039482190"))));
        c.put("noInvoices", b -> b);
        c.put("forCause", b -> b.forCause(true));
        // Due on 1 November, the letter is of 28 November: overdue, and asked for at once.
        c.put("overdue", b -> b.finalInvoices(List.of(
                invoice("2026-0950", "5000.00", "NOK", "20260950009", "2026-11-01", InvoiceStatus.OPEN))));
        c.put("namedWithTitle", b -> withAttention(b, "Ms Jane O'Neill"));
        c.put("namedWithoutTitle", b -> withAttention(b, "Jane O'Neill"));
        c.put("sirOrMadam", b -> withAttention(b, null));
        return c;
    }

    private static Termination.Builder withClientAt(Termination.Builder b, Address address) {
        Termination t = b.build();
        return b.client(t.client().toBuilder().address(address).build());
    }

    private static Termination.Builder withAttention(Termination.Builder b, String attention) {
        Termination t = b.build();
        return b.client(t.client().toBuilder().attention(attention).build());
    }

    private static FinalInvoice invoice(String number, String amount, String currency, String kid, String due,
                                        InvoiceStatus status) {
        return FinalInvoice.builder().number(number).issued(LocalDate.parse("2026-10-15")).due(LocalDate.parse(due))
                .money(Money.of(amount, currency)).kid(kid).status(status).build();
    }

    private static Refund refund(String description, String amount, RefundSettlement settlement, String account) {
        return Refund.builder().description(description).money(Money.of(amount, "NOK"))
                .payBy(LocalDate.parse("2027-02-14")).toAccount(account).settlement(settlement).build();
    }
}
