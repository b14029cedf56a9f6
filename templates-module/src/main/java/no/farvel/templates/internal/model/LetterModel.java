package no.farvel.templates.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.StepTaken;
import no.farvel.core.Money;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.localization.LetterFormats;
import no.farvel.localization.NoBreak;

/**
 * What a template sees: the termination as nested maps of ready-formatted text, lists and booleans. Templates get
 * no Java objects to call methods on, and every value is text the template only places. Every date, amount, period
 * and identifier is formatted by the letter's language in the localization module.
 */
public final class LetterModel {
    private static final String SEPARATOR = " · ";

    private final Termination t;
    private final LetterFormats format;
    private final Function<String, String> wording;

    private LetterModel(Termination t, Function<String, String> wording) {
        this.t = t;
        this.format = t.locale().formats();
        this.wording = wording;
    }

    /**
     * Builds the model.
     *
     * @param wording the pack's text for a message key without placeholders (reason sentences, status labels)
     * @param images the pack's images by role, such as {@code logo}
     */
    public static Map<String, Object> of(Termination termination, Function<String, String> wording,
                                         Map<String, String> images) {
        Objects.requireNonNull(termination, "The parameter 'termination' must not be null");
        LetterModel m = new LetterModel(termination, wording);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("letter", m.letter());
        root.put("provider", m.provider());
        root.put("client", m.client());
        root.put("contract", m.contract());
        root.put("reasons", m.reasons());
        root.put("steps", m.steps());
        root.put("invoices", m.invoices());
        root.put("anyKid", termination.finalInvoices().stream().anyMatch(i -> notBlank(i.kid())));
        root.put("anyDisputed", termination.finalInvoices().stream().anyMatch(i -> i.status() == InvoiceStatus.DISPUTED));
        root.put("outstanding", termination.outstandingByCurrency().values().stream().map(m::amountInTable).toList());
        root.put("refunds", m.refunds());
        root.put("transition", m.transition());
        root.put("closing", Map.of(
                "thanks", termination.closing().thanks(),
                "wishWell", termination.closing().wishWell(),
                "personalNote", text(termination.closing().personalNote())));
        root.put("pack", Map.of("logo", text(images.get("logo"))));
        return root;
    }

    private Map<String, Object> letter() {
        Reference ref = t.reference();
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("id", text(t.id()));
        letter.put("lang", t.locale().code());
        letter.put("letterDate", format.dateInText(t.letterDate()));
        letter.put("effectiveDate", format.dateInText(t.effectiveDate()));
        letter.put("ourRef", ref == null ? "" : text(ref.ours()));
        letter.put("theirRef", ref == null ? "" : text(ref.theirs()));
        return letter;
    }

    private Map<String, Object> provider() {
        Provider p = t.provider();
        Map<String, Object> provider = new LinkedHashMap<>();
        Address address = p.address();
        provider.put("name", text(p.name()));
        provider.put("orgNumber", notBlank(p.orgNumber()) ? format.organisationNumber(p.orgNumber()) : "");
        provider.put("city", address == null ? "" : text(address.city()));
        provider.put("addressLine", address == null ? "" : String.join(", ", compact(
                String.join(", ", address.lines()), join(" ", address.postalCode(), address.city()))));
        String phone = NoBreak.glue(p.phone());
        provider.put("contactLine", String.join(SEPARATOR, compact(phone, p.email())));
        provider.put("contactDetails", join(sayOr(), p.email(), phone));
        provider.put("email", text(p.email()));
        provider.put("phone", text(phone));
        provider.put("website", text(p.website()));
        provider.put("bankAccount", notBlank(p.bankAccount()) ? format.accountNumber(p.bankAccount()) : "");
        provider.put("signatoryName", p.signatory() == null ? "" : text(p.signatory().name()));
        provider.put("signatoryTitle", p.signatory() == null ? "" : text(p.signatory().title()));
        return provider;
    }

    private Map<String, Object> client() {
        Client c = t.client();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("name", text(c.name()));
        client.put("attention", text(c.attention()));
        client.put("orgNumber", notBlank(c.orgNumber()) ? format.organisationNumber(c.orgNumber()) : "");
        client.put("email", text(c.email()));
        client.put("addressLines", envelopeLines(c.address()));
        return client;
    }

    /** Street lines, then the postal line, then the country in capitals when it is not the sender's country. */
    private List<String> envelopeLines(Address address) {
        List<String> lines = new ArrayList<>();
        if (address == null) {
            return lines;
        }
        lines.addAll(address.lines());
        String country = address.country();
        // UPU practice, which Royal Mail follows: town on its own line, then the postcode.
        if ("GB".equals(country)) {
            lines.addAll(compact(address.city(), address.postalCode()));
        } else {
            String postal = join(" ", address.postalCode(), address.city());
            if (!postal.isEmpty()) {
                lines.add(postal);
            }
        }
        String home = t.provider().address() == null ? "NO" : Objects.requireNonNullElse(t.provider().address().country(), "NO");
        if (notBlank(country) && !country.equals(home)) {
            // Mail abroad names the country in capitals on the last line, in a language the post knows: English.
            lines.add(new Locale("", country).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
        return lines;
    }

    private Map<String, Object> contract() {
        Contract c = t.contract();
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("title", c == null ? "" : text(c.title()));
        contract.put("signedOn", c == null ? "" : format.dateInText(c.signedOn()));
        contract.put("noticePeriod", c == null ? "" : format.period(c.noticePeriod()));
        contract.put("noticeRespected", t.earliestEffectiveDate()
                .map(earliest -> t.effectiveDate() != null && !t.effectiveDate().isBefore(earliest)).orElse(false));
        return contract;
    }

    private List<Map<String, Object>> reasons() {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason r : t.reasons()) {
            reasons.add(Map.of("type", r.type().name(),
                    "sentence", wording.apply("reason." + r.type().name()),
                    "detail", text(r.detail())));
        }
        return reasons;
    }

    private List<Map<String, Object>> steps() {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepTaken s : t.stepsTaken()) {
            steps.add(Map.of("date", format.dateInText(s.date()), "description", text(s.description())));
        }
        return steps;
    }

    private List<Map<String, Object>> invoices() {
        List<Map<String, Object>> invoices = new ArrayList<>();
        for (FinalInvoice i : t.finalInvoices()) {
            invoices.add(Map.of(
                    "number", text(i.number()),
                    "issued", format.dateInTable(i.issued()),
                    "due", format.dateInTable(i.due()),
                    "kid", text(i.kid()),
                    "status", wording.apply("invoices.status." + i.status().name()),
                    "statusCode", i.status().name(),
                    "amount", amountInTable(i.money())));
        }
        return invoices;
    }

    private List<Map<String, Object>> refunds() {
        List<Map<String, Object>> refunds = new ArrayList<>();
        for (Refund r : t.refunds()) {
            refunds.add(Map.of(
                    "description", text(r.description()),
                    "amount", amountInText(r.money()),
                    "payBy", format.dateInText(r.payBy()),
                    "toAccount", format.accountNumber(r.toAccount())));
        }
        return refunds;
    }

    private Map<String, Object> transition() {
        Transition tr = t.transition();
        Map<String, Object> transition = new LinkedHashMap<>();
        transition.put("present", tr != null);
        transition.put("newProvider", tr == null ? "" : text(tr.newProvider()));
        transition.put("handoverBy", tr == null ? "" : format.dateInText(tr.handoverBy()));
        transition.put("items", tr == null ? List.of() : tr.items());
        Contact contact = tr == null ? null : tr.contact();
        transition.put("contact", Map.of(
                "name", contact == null ? "" : text(contact.name()),
                "details", contact == null ? "" : join(", ", contact.email(), NoBreak.glue(contact.phone()))));
        return transition;
    }

    private String sayOr() {
        return " " + t.locale().words().or() + " ";
    }

    private String amountInText(Money money) {
        return money == null ? "" : format.amountInText(money.amount(), money.currency());
    }

    private String amountInTable(Money money) {
        return money == null ? "" : format.amountInTable(money.amount(), money.currency());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static List<String> compact(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (notBlank(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, compact(parts));
    }
}
