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
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.Reference;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.localization.LetterFormats;
import no.farvel.localization.NoBreak;
import no.farvel.localization.Salutation;

/**
 * What a template sees: the termination as nested maps of ready-formatted text, lists and booleans. Templates get
 * no Java objects to call methods on, and every value is text the template only places. Every date, amount, period
 * and identifier is formatted by the letter's language in the localization module; the money is in
 * {@link MoneyModel}.
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
        new MoneyModel(termination, wording).addTo(root);
        root.put("transition", m.transition());
        root.put("closing", Map.of(
                "thanks", termination.closing().thanks(),
                "wishWell", termination.closing().wishWell(),
                "confirmReceipt", termination.closing().confirmReceipt(),
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
        letter.put("forCause", t.forCause());
        // The services run until the end of the effective date; nothing to say when that is the letter's own date.
        letter.put("servicesContinue", t.effectiveDate() != null && t.effectiveDate().isAfter(t.letterDate()));
        // Greeting and close come as a pair from the language: "Dear Sir or Madam" goes with "Yours faithfully".
        Salutation salutation = t.locale().words().salutation(t.client().attention());
        letter.put("greeting", salutation.greeting());
        letter.put("signoff", salutation.closing());
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
        provider.put("iban", notBlank(p.iban()) ? format.iban(p.iban()) : "");
        provider.put("bic", text(p.bic()));
        provider.put("businessRegister", p.businessRegister());
        provider.put("vatRegistered", p.vatRegistered());
        provider.put("signatoryName", p.signatory() == null ? "" : text(p.signatory().name()));
        provider.put("signatoryTitle", p.signatory() == null ? "" : text(p.signatory().titleIn(t.locale())));
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
        client.put("abroad", t.clientAbroad());
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
        contract.put("title", c == null ? "" : text(c.titleIn(t.locale())));
        contract.put("signedOn", c == null ? "" : format.dateInText(c.signedOn()));
        // In words, as running text writes a count: "to måneder", "éin månad", "three months'" (notice).
        contract.put("noticePeriod", c == null ? "" : t.locale().words().period(c.noticePeriod()));
        contract.put("noticePeriodPossessive", c == null ? "" : t.locale().words().periodPossessive(c.noticePeriod()));
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
