package no.farvel.templates.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Refund;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/**
 * Short terminations for the one-page rule: the corpus's letters cut to about a page of content: two sentences of
 * reasons and steps at most, and one thing to wind down or none (one or two invoices, a refund, or a hand-over of
 * one item or none). Letter {@code i} is in the corpus's language of
 * {@code i % 3}; the same index gives the same letter.
 */
public final class ShortLetters {
    private ShortLetters() {
    }

    /** Short letter {@code index}. */
    public static Termination letter(int index) {
        Random random = new Random(index * 104_729L + 3);
        Termination corpus = LetterCorpus.letter(index);
        Termination.Builder letter = Termination.builder()
                .id("short-" + index).locale(corpus.locale())
                .letterDate(corpus.letterDate()).effectiveDate(corpus.effectiveDate())
                .reference(corpus.reference()).contract(corpus.contract())
                .provider(corpus.provider()).client(corpus.client());
        // Two sentences of reasons and steps at most, and one only beside an invoice table.
        boolean invoices = index % 5 == 1;
        int reasons = invoices ? 1 : Math.min(corpus.reasons().size(), 1 + random.nextInt(2));
        for (int i = 0; i < reasons; i++) {
            letter.addReason(corpus.reasons().get(i).type(), firstSentences(corpus.reasons().get(i).detail(), 1));
        }
        LocalDate letterDate = corpus.letterDate();
        String sentence = firstSentences(corpus.reasons().get(0).detail(), 1);
        if (reasons == 1 && !invoices) {
            letter.addStepTaken(letterDate.minusDays(30), sentence);
        }
        // One thing to wind down, or none: an invoice table (of two rows only at an index the built-in pack renders),
        // a refund, or a hand-over of one item or none.
        switch (index % 5) {
            case 1 -> {
                for (int i = 0; i < (index % 4 == 2 ? 2 : 1); i++) {
                    LocalDate issued = letterDate.minusDays(40 - 10L * i);
                    letter.addFinalInvoice(new FinalInvoice(LetterCorpus.INVOICE_PREFIX + (2000 + i), issued,
                            issued.plusDays(30), new BigDecimal(2000 + random.nextInt(20_000) + ".00"),
                            Currency.getInstance("NOK"), null, InvoiceStatus.OPEN));
                }
            }
            case 2 -> letter.addRefund(new Refund(sentence.replace(".", ""),
                    new BigDecimal(900 + random.nextInt(5000) + ".00"), Currency.getInstance("NOK"),
                    letterDate.plusDays(45), "15037814293"));
            case 3, 4 -> {
                List<String> items = new ArrayList<>();
                for (int i = index % 2; i > 0; i--) {
                    items.add(sentence.replace(".", ""));
                }
                letter.transition(new Transition(random.nextBoolean() ? "Fjell Økonomi AS" : null,
                        letterDate.plusDays(60), items, random.nextBoolean()
                        ? new Contact("Kari Nordmann", "kari@nordlys.example", "+47 22 33 44 56") : null));
            }
            default -> {
                // Nothing to settle.
            }
        }
        letter.closing(new Closing(true, true, null));
        return letter.build();
    }

    private static String firstSentences(String text, int count) {
        String[] sentences = text.split("(?<=\\.) ");
        return String.join(" ", java.util.Arrays.asList(sentences).subList(0, Math.min(count, sentences.length)));
    }
}
