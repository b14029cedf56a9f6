package no.farvel.templates.internal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Refund;
import no.farvel.core.RefundSettlement;
import no.farvel.core.Termination;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.internal.freemarker.Messages;
import no.farvel.templates.internal.pack.ClasspathPackResources;
import no.farvel.templates.internal.pack.SampleRendering;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LetterFields;
import no.farvel.templates.spi.LetterFields.Field;
import no.farvel.templates.spi.LetterFields.Kind;

/**
 * The shape of the letter model as {@link LetterFields}, read off the model of a termination that has every part
 * (lists with at least one element), so the field list can never drift from what templates really get.
 */
public final class ModelFields {
    /** The function every template has besides the model: a message from the pack's bundle. */
    public static final String MESSAGE_FUNCTION = "msg";

    private ModelFields() {
    }

    /**
     * What a letter can use, read off the model of the built-in bokmål example, with a disputed invoice and a refund
     * set off added, and the built-in wording.
     */
    public static LetterFields standard() {
        return StandardHolder.FIELDS;
    }

    /**
     * The fields of the model built from {@code complete}, with examples from it.
     *
     * @param wording the text for a message key, as {@link LetterModel#of} takes it
     */
    public static LetterFields of(Termination complete, Function<String, String> wording) {
        Map<String, Object> model = LetterModel.of(complete, wording, Map.of("logo", "images/logo.png"));
        List<Field> fields = new ArrayList<>(fields(model));
        fields.add(new Field(MESSAGE_FUNCTION, Kind.FUNCTION, "msg(\"closing.thanks\")", List.of()));
        fields.sort(Comparator.comparing(Field::name));
        return new LetterFields(fields);
    }

    private static final class StandardHolder {
        static final LetterFields FIELDS = standardFields();

        private static LetterFields standardFields() {
            try {
                Messages wording = Messages.load(ClasspathPackResources.builtIn(), LetterLocale.NB, PackLimits.defaults());
                return of(complete(SampleRendering.builtInTermination("nb-sen-betaling.json")), wording::label);
            } catch (IOException e) {
                throw new UncheckedIOException("The built-in pack's wording cannot be read", e);
            }
        }
    }

    /**
     * The example with what it lacks for every list to have an element: a disputed invoice, and a refund set off
     * against the invoices besides the one paid out.
     */
    private static Termination complete(Termination example) {
        FinalInvoice first = example.finalInvoices().get(0);
        Refund paidOut = example.refunds().get(0);
        List<FinalInvoice> invoices = new ArrayList<>(example.finalInvoices());
        invoices.add(first.toBuilder().number("2026-1102").amount(new BigDecimal("2300.00")).kid(null)
                .status(InvoiceStatus.DISPUTED).build());
        List<Refund> refunds = new ArrayList<>(example.refunds());
        refunds.add(paidOut.toBuilder().description("Kreditnota for november 2026").amount(new BigDecimal("1200.00"))
                .payBy(null).toAccount(null).settlement(RefundSettlement.SET_OFF).build());
        return example.toBuilder().finalInvoices(invoices).refunds(refunds).build();
    }

    private static List<Field> fields(Map<?, ?> map) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            fields.add(field(String.valueOf(entry.getKey()), entry.getValue()));
        }
        fields.sort(Comparator.comparing(Field::name));
        return fields;
    }

    private static Field field(String name, Object value) {
        if (value instanceof Map<?, ?> group) {
            return new Field(name, Kind.GROUP, "", fields(group));
        }
        if (value instanceof List<?> list) {
            Object first = list.isEmpty() ? null : list.get(0);
            if (first instanceof Map<?, ?> element) {
                return new Field(name, Kind.LIST, "", fields(element));
            }
            return new Field(name, Kind.LIST, first == null ? "" : String.valueOf(first), List.of());
        }
        if (value instanceof Boolean yesNo) {
            return new Field(name, Kind.YES_NO, yesNo.toString(), List.of());
        }
        return new Field(name, Kind.TEXT, value == null ? "" : value.toString(), List.of());
    }
}
