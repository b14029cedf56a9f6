package no.farvel.templates.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Provider;
import no.farvel.core.ReasonType;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.Signatory;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.localization.LetterLocale;

/**
 * Terminations of every length for layout tests: 0 to 60 invoices, one to four reasons of one to four sentences,
 * optional steps, refunds, hand-over and personal note, in bokmål, nynorsk and English, the same for the same seed.
 */
public final class LetterCorpus {
    /** Invoice numbers start with this, so a checker can find the table's rows in extracted text. */
    public static final String INVOICE_PREFIX = "F-2026-";

    private static final List<LetterLocale> LOCALES = List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
    private static final Map<LetterLocale, List<String>> SENTENCES = Map.of(
            LetterLocale.NB, List.of(
                    "Fakturaene for juli og august ble betalt etter forfall.",
                    "Vi har tatt opp betalingstidspunktene i flere møter gjennom året.",
                    "Oppdraget omfatter nå månedlig rapportering som ikke inngår i avtalen.",
                    "Omfanget har over tid blitt større enn det avtalen og honoraret er tilpasset.",
                    "Vi har ikke funnet en ordning som passer for begge parter."),
            LetterLocale.NN, List.of(
                    "Fakturaene for juli og august vart betalte etter forfall.",
                    "Vi har teke opp betalingstidspunkta i fleire møte gjennom året.",
                    "Oppdraget omfattar no månadleg rapportering som ikkje er ein del av avtalen.",
                    "Omfanget har over tid vorte større enn det avtalen og honoraret er tilpassa.",
                    "Vi har ikkje funne ei ordning som passar for begge partar."),
            LetterLocale.EN, List.of(
                    "The invoices for July and August were paid after their due dates.",
                    "We raised the payment dates at several meetings during the year.",
                    "The work now includes monthly reporting that the agreement does not cover.",
                    "Over time the scope has grown beyond what the agreement and the fee were designed for.",
                    "We have not found an arrangement that suits both parties."));
    private static final List<ReasonType> REASONS = List.of(ReasonType.LATE_PAYMENT, ReasonType.EXCESSIVE_DEMANDS,
            ReasonType.UNPAID_EXTRA_WORK, ReasonType.OTHER);

    private LetterCorpus() {
    }

    /** Letter {@code index} of the corpus: its language is {@code index % 3}, its invoice count spreads over 0..60. */
    public static Termination letter(int index) {
        Random random = new Random(index * 7919L + 17);
        LetterLocale locale = LOCALES.get(index % LOCALES.size());
        List<String> sentences = SENTENCES.get(locale);
        LocalDate letterDate = LocalDate.of(2026, 11, 28);
        Termination.Builder letter = Termination.builder()
                .id("corpus-" + index).locale(locale)
                .letterDate(letterDate).effectiveDate(LocalDate.of(2027, 1, 31))
                .reference(new Reference("NR-2026-" + (100 + index), random.nextBoolean() ? "Kari Kunde" : null))
                .contract(new Contract(title(locale), LocalDate.of(2023, 3, 1), Period.ofMonths(2)))
                .provider(new Provider("Nordlys Regnskap AS", "952601814",
                        new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"), "post@nordlys.example",
                        "+47 22 33 44 55", "nordlys.example", "15039603087",
                        new Signatory("Ola Hansen", "Daglig leder")))
                .client(new Client("Acme " + index + " AS", "959083010", random.nextBoolean() ? "Kari Kunde" : null,
                        new Address(List.of("Storgata " + (1 + index % 40)), "0155", "Oslo", "NO"),
                        "okonomi@acme.example"));
        int reasons = 1 + random.nextInt(4);
        for (int i = 0; i < reasons; i++) {
            letter.addReason(REASONS.get(i), text(sentences, random, 1 + random.nextInt(4)));
        }
        int steps = random.nextInt(5);
        for (int i = 0; i < steps; i++) {
            letter.addStepTaken(letterDate.minusDays(90 - i * 14L), text(sentences, random, 1));
        }
        // Most letters have a handful of invoices; every count up to 60 appears in a corpus of a few hundred.
        int invoices = index % 4 == 0 ? (index * 13) % 61 : random.nextInt(9);
        for (int i = 0; i < invoices; i++) {
            LocalDate issued = letterDate.minusDays(60 - i % 60);
            letter.addFinalInvoice(new FinalInvoice(INVOICE_PREFIX + String.format("%04d", 1000 + i), issued,
                    issued.plusDays(30), new BigDecimal(1000 + random.nextInt(40_000) + ".00"),
                    Currency.getInstance("NOK"), null, i % 5 == 4 ? InvoiceStatus.PAID : InvoiceStatus.OPEN));
        }
        int refunds = random.nextInt(3);
        for (int i = 0; i < refunds; i++) {
            letter.addRefund(new Refund(text(sentences, random, 1).replace(".", ""),
                    new BigDecimal(500 + random.nextInt(9000) + ".00"), Currency.getInstance("NOK"),
                    LocalDate.of(2027, 2, 14), random.nextBoolean() ? "15037814293" : null));
        }
        if (random.nextBoolean()) {
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                items.add(text(sentences, random, 1).replace(".", ""));
            }
            letter.transition(new Transition(random.nextBoolean() ? "Fjell Økonomi AS" : null,
                    LocalDate.of(2027, 2, 15), items, random.nextBoolean()
                    ? new Contact("Kari Nordmann", "kari@nordlys.example", "+47 22 33 44 56") : null));
        }
        int note = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 0;
        letter.closing(new Closing(true, true, note == 0 ? null : text(sentences, random, note)));
        return letter.build();
    }

    private static String title(LetterLocale locale) {
        if (locale == LetterLocale.EN) {
            return "Accounting services agreement";
        }
        return locale == LetterLocale.NN ? "Avtale om rekneskapstenester" : "Avtale om regnskapstjenester";
    }

    private static String text(List<String> sentences, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
        }
        return text.toString();
    }
}
