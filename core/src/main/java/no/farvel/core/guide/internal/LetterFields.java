package no.farvel.core.guide.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.Refund;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/** The parts of a termination the guide check reads as text: the fields people write, and the parties' names. */
public final class LetterFields {
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private LetterFields() {
    }

    /** The free-text fields the letter prints, by JSON path, in the order of the input contract. */
    public static List<Map.Entry<String, String>> written(Termination t) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (t.contract() != null) {
            // An English letter prints the English title when there is one, so that is the text to judge.
            String title = t.contract().titleIn(t.locale());
            add(fields, Objects.equals(title, t.contract().title()) ? "contract.title" : "contract.titleEn", title);
        }
        for (int i = 0; i < t.reasons().size(); i++) {
            Reason reason = t.reasons().get(i);
            add(fields, "reasons[" + i + "].detail", reason == null ? null : reason.detail());
        }
        for (int i = 0; i < t.stepsTaken().size(); i++) {
            StepTaken step = t.stepsTaken().get(i);
            add(fields, "stepsTaken[" + i + "].description", step == null ? null : step.description());
        }
        for (int i = 0; i < t.refunds().size(); i++) {
            Refund refund = t.refunds().get(i);
            add(fields, "refunds[" + i + "].description", refund == null ? null : refund.description());
        }
        Transition transition = t.transition();
        if (transition != null) {
            add(fields, "transition.newProvider", transition.newProvider());
            for (int i = 0; i < transition.items().size(); i++) {
                add(fields, "transition.items[" + i + "]", transition.items().get(i));
            }
        }
        add(fields, "closing.personalNote", t.closing().personalNote());
        return fields;
    }

    /**
     * The fields whose language should be the letter's: the written ones without the new provider (a name) and with
     * the signatory's title, which the signature prints.
     */
    public static List<Map.Entry<String, String>> worded(Termination t) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(written(t));
        fields.removeIf(f -> f.getKey().equals("transition.newProvider"));
        Provider provider = t.provider();
        if (provider != null && provider.signatory() != null) {
            String title = provider.signatory().titleIn(t.locale());
            add(fields, Objects.equals(title, provider.signatory().title()) ? "provider.signatory.title"
                    : "provider.signatory.titleEn", title);
        }
        return fields;
    }

    /**
     * Every text field the letter prints, by JSON path: the written ones, the signatory's title, and the parties'
     * names and addresses.
     */
    public static List<Map.Entry<String, String>> printed(Termination t) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(worded(t));
        Client client = t.client();
        if (client != null) {
            add(fields, "client.name", client.name());
            add(fields, "client.attention", client.attention());
            addAddress(fields, "client.address", client.address());
        }
        Provider provider = t.provider();
        if (provider != null) {
            add(fields, "provider.name", provider.name());
            addAddress(fields, "provider.address", provider.address());
            if (provider.signatory() != null) {
                add(fields, "provider.signatory.name", provider.signatory().name());
            }
        }
        if (t.transition() != null && t.transition().contact() != null) {
            add(fields, "transition.contact.name", t.transition().contact().name());
        }
        return fields;
    }

    private static void addAddress(List<Map.Entry<String, String>> fields, String path, Address address) {
        if (address == null) {
            return;
        }
        for (int i = 0; i < address.lines().size(); i++) {
            add(fields, path + ".lines[" + i + "]", address.lines().get(i));
        }
        add(fields, path + ".city", address.city());
    }

    private static void add(List<Map.Entry<String, String>> fields, String path, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(Map.entry(path, value));
        }
    }

    /** Words of the parties' names and addresses, as written and in capitals: a letterhead in capitals is no shouting. */
    public static Set<String> names(Termination t) {
        List<String> texts = new ArrayList<>();
        Provider provider = t.provider();
        if (provider != null) {
            texts.add(provider.name());
            addAddress(texts, provider.address());
            if (provider.signatory() != null) {
                texts.add(provider.signatory().name());
                texts.add(provider.signatory().title());
                texts.add(provider.signatory().titleEn());
            }
        }
        Client client = t.client();
        if (client != null) {
            texts.add(client.name());
            texts.add(client.attention());
            addAddress(texts, client.address());
        }
        if (t.transition() != null) {
            texts.add(t.transition().newProvider());
            if (t.transition().contact() != null) {
                texts.add(t.transition().contact().name());
            }
        }
        Set<String> names = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = NAME_WORD.matcher(text);
            while (m.find()) {
                names.add(m.group());
                names.add(m.group().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Postal addresses abroad end with the country in capitals, in the sender's or the letter's language. */
    private static void addAddress(List<String> texts, Address address) {
        if (address == null) {
            return;
        }
        texts.addAll(address.lines());
        texts.add(address.city());
        if (address.country() != null) {
            Locale country = new Locale("", address.country());
            for (LetterLocale language : LetterLocale.all()) {
                texts.add(country.getDisplayCountry(language.toLocale()));
            }
        }
    }
}
