package no.farvel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders of the many-field records set each field by its name and agree with the canonical constructors. */
class RecordBuildersTest {
    private static final Address OSLO = new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO");
    private static final Currency NOK = Currency.getInstance("NOK");

    @Test
    void providerBuilderPutsEachValueInTheFieldItNames() {
        Provider built = Provider.builder()
                .name("Nordlys Regnskap AS").orgNumber("952601814").address(OSLO).email("post@nordlys.example")
                .website("nordlys.example").phone("+47 22 33 44 55").bankAccount("15039603087")
                .signatory("Ola Hansen", "Daglig leder")
                .build();

        assertThat(built).isEqualTo(new Provider("Nordlys Regnskap AS", "952601814", OSLO, "post@nordlys.example",
                "+47 22 33 44 55", "nordlys.example", "15039603087", new Signatory("Ola Hansen", "Daglig leder")));
        assertThat(built.toBuilder().email("hei@nordlys.example").build())
                .isEqualTo(new Provider("Nordlys Regnskap AS", "952601814", OSLO, "hei@nordlys.example",
                        "+47 22 33 44 55", "nordlys.example", "15039603087",
                        new Signatory("Ola Hansen", "Daglig leder")));
    }

    @Test
    void clientBuilderLeavesUnsetFieldsNull() {
        Client built = Client.builder().name("Acme AS").email("okonomi@acme.example").build();

        assertThat(built).isEqualTo(new Client("Acme AS", null, null, null, "okonomi@acme.example"));
        assertThat(built.toBuilder().attention("Kari Kunde").build().attention()).isEqualTo("Kari Kunde");
    }

    @Test
    void finalInvoiceBuilderTakesTheAmountAsMoney() {
        FinalInvoice built = FinalInvoice.builder()
                .number("2026-1041").issued(LocalDate.of(2026, 11, 15)).due(LocalDate.of(2026, 12, 15))
                .money(Money.of("12400.00", "NOK")).kid("20261041006").status(InvoiceStatus.OPEN)
                .build();

        assertThat(built).isEqualTo(new FinalInvoice("2026-1041", LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 12, 15), new BigDecimal("12400.00"), NOK, "20261041006", InvoiceStatus.OPEN));
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }

    @Test
    void refundBuilderPutsEachValueInTheFieldItNames() {
        Refund built = Refund.builder()
                .description("Forskuddsbetalt honorar").amount(new BigDecimal("4500.00")).currency(NOK)
                .payBy(LocalDate.of(2027, 2, 14)).toAccount("15039482190")
                .build();

        assertThat(built).isEqualTo(new Refund("Forskuddsbetalt honorar", new BigDecimal("4500.00"), NOK,
                LocalDate.of(2027, 2, 14), "15039482190"));
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }
}
