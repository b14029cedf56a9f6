package no.farvel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import no.farvel.localization.InvoiceState;
import org.junit.jupiter.api.Test;

/** What a letter asks for, per currency: undisputed unpaid invoices less what is set off; disputed ones apart. */
class CurrencyBalanceTest {
    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate LETTER = LocalDate.of(2026, 11, 28);

    private static FinalInvoice invoice(String number, String amount, String currency, InvoiceStatus status,
                                        LocalDate due) {
        return FinalInvoice.builder().number(number).issued(LocalDate.of(2026, 10, 1)).due(due)
                .money(Money.of(amount, currency)).status(status).build();
    }

    private static Refund refund(String amount, String currency, RefundSettlement settlement) {
        return Refund.builder().description("Forskudd").money(Money.of(amount, currency)).settlement(settlement)
                .build();
    }

    private static Termination termination(List<FinalInvoice> invoices, List<Refund> refunds) {
        return Termination.builder().id("t").letterDate(LETTER).finalInvoices(invoices).refunds(refunds).build();
    }

    @Test
    void asksForTheUndisputedUnpaidInvoicesLessWhatIsSetOffAndNeverMixesCurrencies() {
        Termination t = termination(List.of(
                        invoice("1", "12400.00", "NOK", InvoiceStatus.OPEN, LocalDate.of(2026, 12, 15)),
                        invoice("2", "3000.00", "NOK", InvoiceStatus.OPEN, LocalDate.of(2026, 11, 1)),
                        invoice("3", "5000.00", "NOK", InvoiceStatus.DISPUTED, LocalDate.of(2026, 12, 1)),
                        invoice("4", "800.00", "NOK", InvoiceStatus.PAID, LocalDate.of(2026, 10, 15)),
                        invoice("5", "990.00", "EUR", InvoiceStatus.OPEN, LocalDate.of(2026, 12, 1))),
                List.of(refund("1400.00", "NOK", RefundSettlement.SET_OFF), refund("250.00", "NOK", null),
                        refund("75.50", "GBP", RefundSettlement.PAY_OUT)));

        Map<Currency, CurrencyBalance> balances = t.balances();

        assertThat(balances.keySet()).extracting(Currency::getCurrencyCode).containsExactly("NOK", "EUR", "GBP");
        CurrencyBalance nok = balances.get(NOK);
        assertThat(nok.payable()).isEqualTo(Money.of("15400.00", "NOK"));
        assertThat(nok.disputed()).isEqualTo(Money.of("5000.00", "NOK"));
        assertThat(nok.setOff()).isEqualTo(Money.of("1400.00", "NOK"));
        assertThat(nok.paidOut()).isEqualTo(Money.of("250.00", "NOK"));
        assertThat(nok.due()).isEqualTo(Money.of("14000.00", "NOK"));
        assertThat(balances.get(EUR).due()).isEqualTo(Money.of("990.00", "EUR"));
        assertThat(balances.get(Currency.getInstance("GBP")).hasDue()).isFalse();
        assertThat(t.netByCurrency()).containsExactly(Map.entry(NOK, Money.of("14000.00", "NOK")),
                Map.entry(EUR, Money.of("990.00", "EUR")));
    }

    @Test
    void anOpenInvoicePastItsDueDateIsOverdueOnTheLettersDate() {
        FinalInvoice open = invoice("1", "100.00", "NOK", InvoiceStatus.OPEN, LocalDate.of(2026, 11, 27));

        assertThat(open.state(LETTER)).isEqualTo(InvoiceState.OVERDUE);
        assertThat(open.state(LocalDate.of(2026, 11, 27))).isEqualTo(InvoiceState.OPEN);
        assertThat(open.toBuilder().status(InvoiceStatus.DISPUTED).build().state(LETTER))
                .isEqualTo(InvoiceState.DISPUTED);
        assertThat(open.toBuilder().status(InvoiceStatus.PAID).build().state(LETTER)).isEqualTo(InvoiceState.PAID);
        assertThat(open.isPayable()).isTrue();
        assertThat(open.toBuilder().status(InvoiceStatus.DISPUTED).build().isPayable()).isFalse();
    }

    @Test
    void aRefundIsPaidOutUnlessItSaysOtherwise() {
        assertThat(refund("1.00", "NOK", null).settlement()).isEqualTo(RefundSettlement.PAY_OUT);
        assertThat(refund("1.00", "NOK", RefundSettlement.SET_OFF).isSetOff()).isTrue();
    }

    @Test
    void aClientAbroadOrAnotherCurrencyIsNoDomesticPayment() {
        Termination home = Termination.builder().client(Client.builder()
                .address(new Address(List.of(), "0155", "Oslo", null)).build()).build();
        Termination abroad = Termination.builder().client(Client.builder()
                .address(new Address(List.of(), "E1W 1AA", "London", "GB")).build()).build();

        assertThat(home.isDomesticPayment(NOK)).isTrue();
        assertThat(home.isDomesticPayment(EUR)).isFalse();
        assertThat(abroad.clientAbroad()).isTrue();
        assertThat(abroad.isDomesticPayment(NOK)).isFalse();
    }

    @Test
    void aBalanceHoldsOneCurrencyOnly() {
        assertThatThrownBy(() -> new CurrencyBalance(NOK, Money.zero(NOK), Money.zero(EUR), Money.zero(NOK),
                Money.zero(NOK))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A balance in NOK cannot hold EUR");
    }
}
