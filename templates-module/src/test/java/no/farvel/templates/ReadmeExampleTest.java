package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Money;
import no.farvel.core.Provider;
import no.farvel.core.ReasonType;
import no.farvel.core.Termination;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.Test;

/** The Java example in README.md, kept here so the README cannot drift from the API. */
class ReadmeExampleTest {

    @Test
    void buildsValidatesAndRendersTheReadmeTermination() {
        Termination termination = Termination.builder()
                .id("acme-2026").locale(LetterLocale.NB)
                .letterDate(LocalDate.of(2026, 11, 28)).effectiveDate(LocalDate.of(2027, 1, 31))
                .contract(new Contract("Avtale om regnskapstjenester", LocalDate.of(2023, 3, 1), Period.ofMonths(2)))
                .provider(Provider.builder()
                        .name("Nordlys Regnskap AS").orgNumber("952601814")
                        .address(new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"))
                        .email("post@nordlys.example").phone("+47 22 33 44 55").website("nordlys.example")
                        .bankAccount("15039603087").signatory("Ola Hansen", "Daglig leder")
                        .build())
                .client(Client.builder()
                        .name("Acme AS").orgNumber("959083010").attention("Kari Kunde")
                        .address(new Address(List.of("Storgata 1"), "0155", "Oslo", "NO")).email("okonomi@acme.example")
                        .build())
                .addReason(ReasonType.LATE_PAYMENT, "Fakturaene for juli og august ble betalt etter forfall.")
                .addFinalInvoice(FinalInvoice.builder()
                        .number("2026-1041").issued(LocalDate.of(2026, 11, 15)).due(LocalDate.of(2026, 12, 15))
                        .money(Money.of("12400.00", "NOK")).kid("20261041006").status(InvoiceStatus.OPEN)
                        .build())
                .build();

        assertThat(TerminationValidator.validate(termination)).isEmpty();
        assertThat(termination.netByCurrency())
                .containsExactly(java.util.Map.entry(Currency.getInstance("NOK"), Money.of("12400.00", "NOK")));

        RenderedLetter letter = Farvel.builder().build().render(termination);
        assertThat(PdfText.of(letter.pdf())).contains("Acme AS", "kr\u00A012\u00A0400,00");
        assertThat(letter.subject()).isEqualTo("Oppsigelse: Avtale om regnskapstjenester – Nordlys Regnskap AS");
    }
}
