package no.farvel.core.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

/** The shared examples (../shared/examples/*.json) rebuilt in code, and the test resources of the guide check. */
final class Examples {
    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Currency GBP = Currency.getInstance("GBP");

    private Examples() {
    }

    /** The built-in languages, which have example letters and corpora. */
    static List<LetterLocale> locales() {
        return List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
    }

    static Termination of(LetterLocale locale) {
        return java.util.Map.of(LetterLocale.NB, nb(), LetterLocale.NN, nn(), LetterLocale.EN, en()).get(locale);
    }

    /** nb-sen-betaling.json. */
    static Termination nb() {
        return Termination.builder()
                .id("fjordkraft-demo-2026").locale(LetterLocale.NB)
                .letterDate(LocalDate.parse("2026-11-28")).effectiveDate(LocalDate.parse("2027-01-31"))
                .reference(new Reference("NR-2026-118", "Kari Kunde"))
                .contract(new Contract("Avtale om regnskapstjenester", LocalDate.parse("2023-03-01"), Period.ofMonths(2)))
                .provider(new Provider("Nordlys Regnskap AS", "952601814",
                        new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"), "post@nordlys.example",
                        "+47 22 33 44 55", "nordlys.example", "15039603087", new Signatory("Ola Hansen", "Daglig leder")))
                .client(new Client("Fjordkraft Demo AS", "959083010", "Kari Kunde",
                        new Address(List.of("Storgata 1"), "0155", "Oslo", "NO"), "okonomi@fjordkraft.example"))
                .addReason(ReasonType.LATE_PAYMENT,
                        "Fakturaene for juli, august og september ble betalt mellom 35 og 60 dager etter forfall.")
                .addReason(ReasonType.UNPAID_EXTRA_WORK,
                        "Oppdraget er utvidet med månedlig rapportering som ikke inngår i avtalen.")
                .addStepTaken(LocalDate.parse("2026-08-12"), "Møte om betalingsplan og omfang")
                .addStepTaken(LocalDate.parse("2026-10-03"), "Tilbud om revidert avtale med tilleggspris for rapportering")
                .addFinalInvoice(new FinalInvoice("2026-1041", LocalDate.parse("2026-11-15"), LocalDate.parse("2026-12-15"),
                        new BigDecimal("12400.00"), NOK, "20261041006", InvoiceStatus.OPEN))
                .addFinalInvoice(new FinalInvoice("2026-1088", LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-31"),
                        new BigDecimal("8950.00"), NOK, "20261088007", InvoiceStatus.OPEN))
                .addRefund(new Refund("Forskuddsbetalt honorar for februar 2027", new BigDecimal("4500.00"), NOK,
                        LocalDate.parse("2027-02-14"), "15039482190"))
                .transition(new Transition("Fjell Økonomi AS", LocalDate.parse("2027-02-15"),
                        List.of("Regnskapsmateriale for 2024–2026", "Tilganger i Altinn og banken"),
                        new Contact("Kari Nordmann", "kari@nordlys.example", "+47 22 33 44 56")))
                .closing(new Closing(true, true, null))
                .build();
    }

    /** nn-trakassering.json. */
    static Termination nn() {
        return Termination.builder()
                .id("vestland-bygg-2026").locale(LetterLocale.NN)
                .letterDate(LocalDate.parse("2026-11-28")).effectiveDate(LocalDate.parse("2026-12-31"))
                .reference(new Reference("NR-2026-121", null))
                .contract(new Contract("Avtale om reinhald", LocalDate.parse("2021-05-10"), Period.ofMonths(1)))
                .provider(new Provider("Fjordreint AS", "966131861",
                        new Address(List.of("Strandkaien 4"), "5013", "Bergen", "NO"), "post@fjordreint.example",
                        "+47 55 12 34 56", null, "15039351819", new Signatory("Solveig Haugland", "Dagleg leiar")))
                .client(new Client("Vestland Bygg AS", "909139090", null,
                        new Address(List.of("Postboks 77"), "6800", "Førde", "NO"), "post@vestlandbygg.example"))
                .addReason(ReasonType.HARASSMENT, "Tilsette hjå oss har fleire gonger opplevd ein tone som ikkje er i "
                        + "tråd med avtalen om gjensidig respekt.")
                .addStepTaken(LocalDate.parse("2026-09-20"), "Samtale med dagleg leiar om samarbeidsforma")
                .addRefund(new Refund("Førehandsbetalt reinhald for januar 2027", new BigDecimal("7200.00"), NOK,
                        LocalDate.parse("2027-01-15"), "15039482190"))
                .transition(new Transition(null, LocalDate.parse("2027-01-05"), List.of("Nøklar og tilgangskort"),
                        new Contact("Per Lie", "per@fjordreint.example", null)))
                .closing(new Closing(true, true, null))
                .build();
    }

    /**
     * en-scope.json, with the IBAN and BIC its provider lacks for the client's pounds, so that a test finds only what
     * it changes. {@link #enAsShared()} is the example as it is.
     */
    static Termination en() {
        return enAsShared().toBuilder().provider(enAsShared().provider().toBuilder()
                .iban("NO4815039603087").bic("DNBANOKK").build()).build();
    }

    /** en-scope.json as it is: its provider has only a Norwegian account number. */
    static Termination enAsShared() {
        return Termination.builder()
                .id("harbour-analytics-2026").locale(LetterLocale.EN)
                .letterDate(LocalDate.parse("2026-11-28")).effectiveDate(LocalDate.parse("2027-02-28"))
                .reference(new Reference("NR-2026-130", "PO 7781"))
                .contract(new Contract("Master Services Agreement", LocalDate.parse("2024-01-15"), Period.ofMonths(3)))
                .provider(new Provider("Nordlys Consulting AS", "959083010",
                        new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"), "hello@nordlys.example",
                        null, null, "15039603087", new Signatory("Ola Hansen", "Managing Director")))
                .client(new Client("Harbour Analytics Ltd", null, "Ms Jane O'Neill",
                        new Address(List.of("12 Dock Street"), "E1W 1AA", "London", "GB"), "accounts@harbour.example"))
                .addReason(ReasonType.EXCESSIVE_DEMANDS, "Requirements have changed substantially eleven times since June.")
                .addReason(ReasonType.DISPUTED_CHARGES,
                        "Invoices for agreed work have been disputed without a stated reason.")
                .addStepTaken(LocalDate.parse("2026-07-01"), "Scope workshop and written change-request procedure")
                .addStepTaken(LocalDate.parse("2026-09-15"), "Offer of a fixed-price extension")
                .addFinalInvoice(new FinalInvoice("INV-2026-311", LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-12-01"), new BigDecimal("3200.00"), GBP, null, InvoiceStatus.DISPUTED))
                .addFinalInvoice(new FinalInvoice("INV-2026-340", LocalDate.parse("2026-11-28"),
                        LocalDate.parse("2026-12-28"), new BigDecimal("1850.50"), GBP, null, InvoiceStatus.OPEN))
                .transition(new Transition("any provider you choose", LocalDate.parse("2027-03-15"),
                        List.of("Source code and documentation", "Administrator credentials", "Data export in CSV"),
                        new Contact("Ola Hansen", "ola@nordlys.example", null)))
                .closing(new Closing(true, true, null))
                .build();
    }

    /** A UTF-8 test resource under /guide/. */
    static String resource(String name) {
        return text("/guide/" + name);
    }

    /** A built-in tone rules file of the main code ({@code /no/farvel/core/guide/tone_LANG.txt}), as text. */
    static String builtInRules(String language) {
        return text("/no/farvel/core/guide/tone_" + language + ".txt");
    }

    /** The lines of a probe file under /probes/ (test data that is no training corpus), as {@link #corpus} reads them. */
    static List<String> probes(String name) {
        return lines("/probes/" + name);
    }

    /** The lines of a held-out set under /heldout/ (a TSV the tone model never learns from), header first. */
    static List<String> heldOut(String name) {
        return lines("/heldout/" + name);
    }

    private static String text(String path) {
        try (InputStream in = Examples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a corpus file, without blank lines and # comments. */
    static List<String> corpus(String name) {
        return lines("/guide/" + name);
    }

    private static List<String> lines(String path) {
        return text(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
