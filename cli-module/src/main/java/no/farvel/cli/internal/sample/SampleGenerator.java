package no.farvel.cli.internal.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import no.farvel.core.ReasonType;
import no.farvel.core.identifiers.AccountNumber;
import no.farvel.core.identifiers.Kid;
import no.farvel.core.identifiers.OrganisationNumber;

/**
 * Realistic synthetic termination documents: bokmål, nynorsk and English, 0–40 final invoices, every reason type
 * over the set, identifiers with correct check digits. The same seed gives the same documents.
 */
public final class SampleGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final LocalDate FIRST_LETTER_DATE = LocalDate.of(2026, 11, 2);
    private static final ReasonType[] TYPES = ReasonType.values();

    private final SplittableRandom random;
    private final boolean withProvider;
    private int invoiceNumber = 1000;

    public SampleGenerator(long seed, boolean withProvider) {
        this.random = new SplittableRandom(seed);
        this.withProvider = withProvider;
    }

    /** The provider every sample of a locale is sent by, as a JSON object. */
    public static ObjectNode provider(String locale) {
        ObjectNode provider = NODES.objectNode();
        switch (locale) {
            case "nn" -> {
                provider.put("name", "Fjordreint AS").put("orgNumber", "966131861");
                address(provider.putObject("address"), "Strandkaien 4", "5013", "Bergen", "NO");
                provider.put("email", "post@fjordreint.example").put("phone", "+47 55 12 34 56")
                        .put("bankAccount", "15039351819");
                provider.putObject("signatory").put("name", "Solveig Haugland").put("title", "Dagleg leiar");
            }
            case "en" -> {
                provider.put("name", "Nordlys Consulting AS").put("orgNumber", "959083010");
                address(provider.putObject("address"), "Kongens gate 2", "0153", "Oslo", "NO");
                provider.put("email", "hello@nordlys.example").put("bankAccount", "15039603087");
                provider.putObject("signatory").put("name", "Ola Hansen").put("title", "Managing Director");
            }
            default -> {
                provider.put("name", "Nordlys Regnskap AS").put("orgNumber", "952601814");
                address(provider.putObject("address"), "Kongens gate 2", "0153", "Oslo", "NO");
                provider.put("email", "post@nordlys.example").put("phone", "+47 22 33 44 55")
                        .put("website", "nordlys.example").put("bankAccount", "15039603087");
                provider.putObject("signatory").put("name", "Ola Hansen").put("title", "Daglig leder");
            }
        }
        return provider;
    }

    /** The {@code number}th document (1-based) of the set. */
    public ObjectNode next(int number) {
        // Half bokmål, a quarter each nynorsk and English, in a fixed rotation so that every set has all three.
        String locale = List.of("nb", "nn", "nb", "en").get((number - 1) % 4);
        boolean abroad = locale.equals("en");
        String name = abroad ? pickFrom(SampleTexts.EN_PREFIXES) + " " + pickFrom(SampleTexts.EN_TRADES)
                : pickFrom(SampleTexts.NB_PREFIXES) + " " + pickFrom(SampleTexts.NB_TRADES);
        LocalDate letterDate = FIRST_LETTER_DATE.plusDays(random.nextInt(27));
        Period notice = Period.ofMonths(1 + random.nextInt(3));
        LocalDate effectiveDate = letterDate.plus(notice).withDayOfMonth(1).plusMonths(1).minusDays(1);

        ObjectNode doc = NODES.objectNode();
        doc.put("id", String.format(Locale.ROOT, "%s-%03d", slug(name), number));
        doc.put("locale", locale);
        doc.put("letterDate", letterDate.toString());
        doc.put("effectiveDate", effectiveDate.toString());
        ObjectNode reference = doc.putObject("reference").put("ours", String.format(Locale.ROOT, "NR-2026-%03d",
                100 + number));
        if (random.nextBoolean()) {
            reference.put("theirs", abroad ? "PO " + (7000 + random.nextInt(2000)) : pickFrom(SampleTexts.NB_PEOPLE));
        }
        doc.putObject("contract").put("title", pickFrom(SampleTexts.CONTRACT_TITLES.get(locale)))
                .put("signedOn", letterDate.minusYears(1 + random.nextInt(5)).minusDays(random.nextInt(300))
                        .toString())
                .put("noticePeriod", notice.toString());
        if (withProvider) {
            doc.set("provider", provider(locale));
        }
        client(doc.putObject("client"), name, abroad);
        reasons(doc.putArray("reasons"), locale, number);
        steps(doc, locale, letterDate);
        invoices(doc, abroad, letterDate, number);
        refunds(doc, locale, effectiveDate);
        if (random.nextDouble() < 0.6) {
            transition(doc.putObject("transition"), locale, effectiveDate);
        }
        ObjectNode closing = doc.putObject("closing").put("thanks", true).put("wishWell", true);
        if (random.nextDouble() < 0.3) {
            closing.put("personalNote", SampleTexts.NOTES.get(locale));
        }
        return doc;
    }

    private void client(ObjectNode client, String name, boolean abroad) {
        client.put("name", name);
        if (!abroad) {
            client.put("orgNumber", organisationNumber());
        }
        if (random.nextBoolean()) {
            client.put("attention", abroad ? "Ms " + pickFrom(SampleTexts.EN_PEOPLE)
                    : pickFrom(SampleTexts.NB_PEOPLE));
        }
        String[] city = pickFrom(abroad ? SampleTexts.EN_CITIES : SampleTexts.NO_CITIES).split("\\|");
        String street = abroad ? (1 + random.nextInt(120)) + " " + pickFrom(SampleTexts.EN_STREETS)
                : pickFrom(SampleTexts.NB_STREETS) + " " + (1 + random.nextInt(80));
        address(client.putObject("address"), street, city[0], city[1], abroad ? "GB" : "NO");
        client.put("email", (abroad ? "accounts@" : "post@") + slug(name).replace("-", "") + ".example");
    }

    private void reasons(ArrayNode reasons, String locale, int number) {
        // Record n leads with reason type n mod 7, so any seven consecutive records show every type.
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            ReasonType type = TYPES[(number - 1 + i * 3) % TYPES.length];
            reasons.addObject().put("type", type.name()).put("detail", SampleTexts.REASONS.get(locale).get(type));
        }
    }

    private void steps(ObjectNode doc, String locale, LocalDate letterDate) {
        int count = random.nextInt(4);
        if (count == 0) {
            return;
        }
        ArrayNode steps = doc.putArray("stepsTaken");
        List<String> texts = SampleTexts.STEPS.get(locale);
        for (int i = 0; i < count; i++) {
            steps.addObject().put("date", letterDate.minusDays(20L * (count - i) + random.nextInt(15)).toString())
                    .put("description", texts.get(i % texts.size()));
        }
    }

    private void invoices(ObjectNode doc, boolean abroad, LocalDate letterDate, int number) {
        // Every twelfth record has the most invoices a sample gets, and every eleventh none.
        int count = number % 12 == 2 ? 40 : number % 11 == 1 ? 0 : random.nextInt(6);
        if (count == 0) {
            return;
        }
        ArrayNode invoices = doc.putArray("finalInvoices");
        String currency = abroad ? (random.nextBoolean() ? "GBP" : "EUR") : "NOK";
        for (int i = 0; i < count; i++) {
            LocalDate issued = letterDate.minusDays(random.nextInt(60));
            String invoiceNo = "2026-" + (invoiceNumber++);
            ObjectNode invoice = invoices.addObject().put("number", invoiceNo).put("issued", issued.toString())
                    .put("due", issued.plusDays(random.nextBoolean() ? 14 : 30).toString())
                    .put("amount", amount(500, 60_000)).put("currency", currency);
            if (!abroad) {
                invoice.put("kid", kid(invoiceNo.replace("-", "")));
            }
            double status = random.nextDouble();
            invoice.put("status", status < 0.75 ? "OPEN" : status < 0.9 ? "PAID" : "DISPUTED");
        }
    }

    private void refunds(ObjectNode doc, String locale, LocalDate effectiveDate) {
        if (random.nextDouble() >= 0.3) {
            return;
        }
        doc.putArray("refunds").addObject().put("description", SampleTexts.REFUNDS.get(locale))
                .put("amount", amount(1000, 15_000)).put("currency", locale.equals("en") ? "GBP" : "NOK")
                .put("payBy", effectiveDate.plusDays(14).toString()).put("toAccount", accountNumber());
    }

    private void transition(ObjectNode transition, String locale, LocalDate effectiveDate) {
        transition.put("newProvider", SampleTexts.NEW_PROVIDERS.get(locale));
        transition.put("handoverBy", effectiveDate.plusDays(14).toString());
        ArrayNode items = transition.putArray("items");
        List<String> texts = SampleTexts.ITEMS.get(locale);
        int count = 1 + random.nextInt(texts.size());
        for (int i = 0; i < count; i++) {
            items.add(texts.get(i));
        }
        String person = locale.equals("en") ? pickFrom(SampleTexts.EN_PEOPLE) : pickFrom(SampleTexts.NB_PEOPLE);
        transition.putObject("contact").put("name", person)
                .put("email", slug(person).replace("-", ".") + "@provider.example");
    }

    private static void address(ObjectNode address, String line, String postalCode, String city, String country) {
        address.putArray("lines").add(line);
        address.put("postalCode", postalCode).put("city", city).put("country", country);
    }

    private String amount(int min, int max) {
        long cents = (long) min * 100 + random.nextLong((long) (max - min) * 100);
        return BigDecimal.valueOf(cents, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private String organisationNumber() {
        while (true) {
            String body = String.valueOf(8 + random.nextInt(2)) + digits(7);
            for (char check = '0'; check <= '9'; check++) {
                if (OrganisationNumber.isValid(body + check)) {
                    return body + check;
                }
            }
        }
    }

    private String accountNumber() {
        while (true) {
            String body = "1503" + digits(6);
            for (char check = '0'; check <= '9'; check++) {
                if (AccountNumber.isValid(body + check)) {
                    return body + check;
                }
            }
        }
    }

    private static String kid(String body) {
        for (char check = '0'; check <= '9'; check++) {
            if (Kid.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("Some digit makes '" + body + "' a MOD10 KID");
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private <T> T pickFrom(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace("æ", "ae").replace("ø", "o").replace("Æ", "Ae")
                .replace("Ø", "O"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
