package no.farvel.bench;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Money;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.Refund;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.core.identifiers.AccountNumber;
import no.farvel.core.identifiers.OrganisationNumber;

/**
 * The wording of a bokmål termination letter, taken from a termination's fields and fixed sentences: what the
 * hand-written PDF and DOCX put on the page. No templates, no markup: the least a letter needs.
 *
 * @param letterhead the provider's name, address line and contact line
 * @param recipient the client's name, attention line and postal address
 * @param dateAndReferences place and date, then our and their reference
 * @param invoiceRows the final invoices, one row per invoice in the order of {@link #INVOICE_COLUMNS}
 * @param invoiceNotes the outstanding total and where to pay it
 * @param signature the sign-off, the provider, the signatory and the signatory's title, one line each
 */
public record LetterText(List<String> letterhead, List<String> recipient, List<String> dateAndReferences,
                         String title, String decision, Section reasons, Section steps, Section invoices,
                         List<List<String>> invoiceRows, List<String> invoiceNotes, Section refunds,
                         Section transition, String transitionContact, List<String> closing, List<String> signature,
                         String footer) {
    /** The invoice table's header row; the last column holds amounts and is aligned right. */
    public static final List<String> INVOICE_COLUMNS =
            List.of("Faktura", "Fakturadato", "Forfall", "KID", "Status", "Beløp");
    /** The sign-off every bokmål letter ends with. */
    public static final String SIGN_OFF = "Med vennlig hilsen";

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", BOKMAL);

    /**
     * A heading with an optional sentence under it and a bullet list.
     *
     * @param intro the sentence before the list, or null
     */
    public record Section(String heading, String intro, List<String> items) {
    }

    /** The wording for {@code termination}, which must have a provider, a client and a contract. */
    public static LetterText of(Termination termination) {
        Provider provider = termination.provider();
        Client client = termination.client();
        String contract = termination.contract().title();
        String addressLine = String.join(", ", provider.address().lines()) + ", "
                + provider.address().postalCode() + " " + provider.address().city();

        List<String> recipient = new ArrayList<>();
        recipient.add(client.name());
        if (client.attention() != null) {
            recipient.add("Att.: " + client.attention());
        }
        recipient.addAll(postalLines(client.address()));

        List<String> dateAndReferences = new ArrayList<>();
        dateAndReferences.add(provider.address().city() + ", " + LONG_DATE.format(termination.letterDate()));
        if (termination.reference() != null) {
            dateAndReferences.add("Vår ref.: " + termination.reference().ours());
            dateAndReferences.add("Deres ref.: " + termination.reference().theirs());
        }

        String decision = "Vi viser til avtalen «" + contract + "» inngått "
                + LONG_DATE.format(termination.contract().signedOn()) + ". Vi har besluttet å si opp avtalen med"
                + " virkning fra " + LONG_DATE.format(termination.effectiveDate()) + ". Dette er i tråd med"
                + " oppsigelsestiden i avtalen, som er " + termination.contract().noticePeriod().toTotalMonths()
                + " måneder.";

        List<String> closing = List.of(
                "Vi takker for samarbeidet og for tilliten dere har vist oss. Vi ønsker dere lykke til videre.",
                "Ta gjerne kontakt med oss på " + provider.email() + " eller " + provider.phone()
                        + " hvis dere har spørsmål.");
        List<String> signature = List.of(SIGN_OFF, provider.name(), provider.signatory().name(),
                provider.signatory().title());
        String footer = provider.name() + " · " + addressLine + " · Org.nr. "
                + OrganisationNumber.format(provider.orgNumber()) + " · " + provider.website();

        return new LetterText(List.of(provider.name(), addressLine, provider.phone() + " · " + provider.email()),
                recipient, dateAndReferences, "Oppsigelse: " + contract, decision, reasons(termination),
                steps(termination),
                new Section("Sluttfakturaer", "Følgende fakturaer gjelder den siste perioden:", List.of()),
                invoiceRows(termination), invoiceNotes(termination), refunds(termination),
                transition(termination.transition()), transitionContact(termination.transition()), closing,
                signature, footer);
    }

    private static List<String> postalLines(Address address) {
        List<String> lines = new ArrayList<>(address.lines());
        lines.add(address.postalCode() + " " + address.city());
        return lines;
    }

    private static Section reasons(Termination termination) {
        List<String> items = new ArrayList<>();
        for (Reason reason : termination.reasons()) {
            String sentence = switch (reason.type()) {
                case LATE_PAYMENT -> "Betalingene har ikke fulgt de avtalte betalingsfristene. ";
                case UNPAID_EXTRA_WORK -> "Oppdraget omfatter nå arbeid som ligger utenfor avtalen og prisene i den. ";
                default -> "";
            };
            items.add(sentence + reason.detail());
        }
        return new Section("Bakgrunn for beslutningen", "Beslutningen bygger på følgende forhold:", items);
    }

    private static Section steps(Termination termination) {
        List<String> items = new ArrayList<>();
        for (StepTaken step : termination.stepsTaken()) {
            items.add(LONG_DATE.format(step.date()) + ": " + step.description());
        }
        return new Section("Det vi har gjort for å finne en løsning",
                "Før vi tok denne beslutningen, har vi forsøkt å finne en løsning sammen med dere:", items);
    }

    private static List<List<String>> invoiceRows(Termination termination) {
        List<List<String>> rows = new ArrayList<>();
        for (FinalInvoice invoice : termination.finalInvoices()) {
            String status = switch (invoice.status()) {
                case OPEN -> "Åpen";
                case PAID -> "Betalt";
                case DISPUTED -> "Under avklaring";
            };
            rows.add(List.of(invoice.number(), SHORT_DATE.format(invoice.issued()), SHORT_DATE.format(invoice.due()),
                    invoice.kid() == null ? "" : invoice.kid(), status, "kr " + amount(invoice.amount())));
        }
        return rows;
    }

    private static List<String> invoiceNotes(Termination termination) {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Currency, Money> total : termination.netByCurrency().entrySet()) {
            notes.add("Å betale: kr " + amount(total.getValue().amount()));
        }
        notes.add("Beløpet kan betales til kontonummer " + AccountNumber.format(termination.provider().bankAccount())
                + ". Bruk KID-nummeret som står ved fakturaen.");
        return notes;
    }

    private static Section refunds(Termination termination) {
        List<String> items = new ArrayList<>();
        for (Refund refund : termination.refunds()) {
            items.add(refund.description() + ": " + amount(refund.amount()) + " kr betales tilbake til konto "
                    + AccountNumber.format(refund.toAccount()) + " innen " + LONG_DATE.format(refund.payBy()) + ".");
        }
        return new Section("Tilbakebetaling", null, items);
    }

    private static Section transition(Transition transition) {
        String intro = "Vi bidrar gjerne til en ryddig overføring til " + transition.newProvider()
                + ". Følgende overleveres innen " + LONG_DATE.format(transition.handoverBy()) + ":";
        return new Section("Overføring til ny leverandør", intro, transition.items());
    }

    private static String transitionContact(Transition transition) {
        return "Kontaktperson for overføringen er " + transition.contact().name() + " ("
                + transition.contact().email() + ", " + transition.contact().phone() + ").";
    }

    private static String amount(BigDecimal amount) {
        // A NumberFormat is not thread-safe; a new one per call keeps LetterText free of shared state.
        NumberFormat format = NumberFormat.getNumberInstance(BOKMAL);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
