package no.farvel.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;

import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.ReasonType;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.Signatory;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/** Terminations for tests: one complete and valid, and its parts to change one at a time. */
final class Terminations {
    static final Currency NOK = Currency.getInstance("NOK");
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 28);

    private Terminations() {
    }

    static Address providerAddress() {
        return new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO");
    }

    static Provider provider() {
        return Provider.builder().name("Nordlys Regnskap AS").orgNumber("952601814").address(providerAddress())
                .email("post@nordlys.example").phone("+47 22 33 44 55").website("nordlys.example")
                .bankAccount("15039603087").iban("NO4815039603087").bic("DNBANOKK")
                .businessRegister(true).vatRegistered(true)
                .signatory(new Signatory("Ola Hansen", "Daglig leder", "Managing Director")).build();
    }

    static Client client() {
        return new Client("Fjordkraft Demo AS", "959083010", "Kari Kunde",
                new Address(List.of("Storgata 1"), "0155", "Oslo", "NO"), "okonomi@fjordkraft.example");
    }

    static FinalInvoice invoice() {
        return new FinalInvoice("2026-1041", LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15),
                new BigDecimal("12400.00"), NOK, "20261041006", InvoiceStatus.OPEN);
    }

    static Refund refund() {
        return new Refund("Forskuddsbetalt honorar for februar 2027", new BigDecimal("4500.00"), NOK,
                LocalDate.of(2027, 2, 14), "15039482190");
    }

    static Transition transition() {
        return new Transition("Fjell Økonomi AS", LocalDate.of(2027, 2, 15),
                List.of("Regnskapsmateriale for 2024–2026", "Tilganger i Altinn og banken"),
                new Contact("Kari Nordmann", "kari@nordlys.example", "+47 22 33 44 56"));
    }

    /** A complete termination with every optional part filled in and nothing wrong. */
    static Termination valid() {
        return validBuilder().build();
    }

    static Termination.Builder validBuilder() {
        return Termination.builder()
                .id("fjordkraft-demo-2026")
                .locale(LetterLocale.NB)
                .letterDate(LETTER_DATE)
                .effectiveDate(LocalDate.of(2027, 1, 31))
                .reference(new Reference("NR-2026-118", "Kari Kunde"))
                .contract(new Contract("Avtale om regnskapstjenester", LocalDate.of(2023, 3, 1), Period.ofMonths(2),
                        "Agreement for Accounting Services"))
                .provider(provider())
                .client(client())
                .addReason(ReasonType.LATE_PAYMENT, "Fakturaene for juli, august og september ble betalt for sent.")
                .addReason(ReasonType.OTHER, "Vi avvikler rådgivningsvirksomheten.")
                .addStepTaken(LocalDate.of(2026, 8, 12), "Møte om betalingsplan og omfang")
                .addFinalInvoice(invoice())
                .addFinalInvoice(new FinalInvoice("2026-1088", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 31),
                        new BigDecimal("8950"), NOK, "20261088007", InvoiceStatus.PAID))
                .addRefund(refund())
                .addRefund(new Refund("Depositum", new BigDecimal("250.5"), Currency.getInstance("EUR"), null,
                        "NO9386011117947"))
                .transition(transition())
                .closing(new Closing(true, true, "Takk for et godt samarbeid.", false));
    }
}
