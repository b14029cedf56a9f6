package no.farvel.core.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.Signatory;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.core.testing.ExampleFiles;

/**
 * Reads every example in the shared examples directory with a small tree mapping, because this branch has no JSON
 * reader yet. Lenient on purpose: it only needs the fields the guide check looks at to come through faithfully.
 */
final class SharedExamples {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedExamples() {
    }

    /** The project's own examples, and the shared ones where {@code ../shared/examples} exists. */
    static List<Path> files() {
        return ExampleFiles.all();
    }

    static Termination read(Path file) {
        JsonNode n;
        try {
            n = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        Termination.Builder b = Termination.builder()
                .id(text(n, "id")).locale(LetterLocale.fromCode(text(n, "locale")))
                .letterDate(date(n, "letterDate")).effectiveDate(date(n, "effectiveDate"));
        if (n.has("forCause")) {
            b.forCause(n.get("forCause").asBoolean());
        }
        JsonNode ref = n.path("reference");
        b.reference(new Reference(text(ref, "ours"), text(ref, "theirs")));
        JsonNode c = n.path("contract");
        if (!c.isMissingNode()) {
            String notice = text(c, "noticePeriod");
            b.contract(new Contract(text(c, "title"), date(c, "signedOn"), notice == null ? null : Period.parse(notice)));
        }
        JsonNode p = n.path("provider");
        b.provider(new Provider(text(p, "name"), text(p, "orgNumber"), address(p.path("address")), text(p, "email"),
                text(p, "phone"), text(p, "website"), text(p, "bankAccount"),
                new Signatory(text(p.path("signatory"), "name"), text(p.path("signatory"), "title"))));
        JsonNode cl = n.path("client");
        b.client(new Client(text(cl, "name"), text(cl, "orgNumber"), text(cl, "attention"), address(cl.path("address")),
                text(cl, "email")));
        List<Reason> reasons = new ArrayList<>();
        n.path("reasons").forEach(r -> reasons.add(new Reason(ReasonType.valueOf(text(r, "type")), text(r, "detail"))));
        List<StepTaken> steps = new ArrayList<>();
        n.path("stepsTaken").forEach(s -> steps.add(new StepTaken(date(s, "date"), text(s, "description"))));
        List<FinalInvoice> invoices = new ArrayList<>();
        n.path("finalInvoices").forEach(i -> invoices.add(new FinalInvoice(text(i, "number"), date(i, "issued"),
                date(i, "due"), new BigDecimal(text(i, "amount")), Currency.getInstance(text(i, "currency")),
                text(i, "kid"), InvoiceStatus.valueOf(text(i, "status")))));
        List<Refund> refunds = new ArrayList<>();
        n.path("refunds").forEach(r -> refunds.add(new Refund(text(r, "description"), new BigDecimal(text(r, "amount")),
                Currency.getInstance(text(r, "currency")), date(r, "payBy"), text(r, "toAccount"))));
        b.reasons(reasons).stepsTaken(steps).finalInvoices(invoices).refunds(refunds);
        JsonNode t = n.path("transition");
        if (!t.isMissingNode()) {
            List<String> items = new ArrayList<>();
            t.path("items").forEach(i -> items.add(i.asText()));
            JsonNode contact = t.path("contact");
            b.transition(new Transition(text(t, "newProvider"), date(t, "handoverBy"), items,
                    contact.isMissingNode() ? null
                            : new Contact(text(contact, "name"), text(contact, "email"), text(contact, "phone"))));
        }
        JsonNode closing = n.path("closing");
        if (!closing.isMissingNode()) {
            b.closing(new Closing(bool(closing, "thanks"), bool(closing, "wishWell"), text(closing, "personalNote")));
        }
        return b.build();
    }

    private static Address address(JsonNode a) {
        if (a.isMissingNode()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        a.path("lines").forEach(l -> lines.add(l.asText()));
        return new Address(lines, text(a, "postalCode"), text(a, "city"), text(a, "country"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }
}
