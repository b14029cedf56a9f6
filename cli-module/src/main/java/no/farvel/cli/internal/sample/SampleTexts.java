package no.farvel.cli.internal.sample;

import java.util.List;
import java.util.Map;
import no.farvel.core.ReasonType;

/** The wording the sample generator picks from, per language: polite and factual, as a real letter would be. */
final class SampleTexts {
    private SampleTexts() {
    }

    static final List<String> NB_PREFIXES = List.of("Fjellheim", "Nordkapp", "Sjøsiden", "Lysaker", "Bjørkely",
            "Granli", "Havblikk", "Solberg", "Vindel", "Østmark", "Furulund", "Kvamme");
    static final List<String> NB_TRADES = List.of("Bygg AS", "Regnskap AS", "Eiendom AS", "Transport AS",
            "Handel AS", "Rørlegger AS", "Design AS", "Data AS");
    static final List<String> EN_PREFIXES = List.of("Harbour", "Northgate", "Riverside", "Kingsway", "Meadow",
            "Bluebell", "Ashford", "Westbrook", "Oakfield", "Thornbury");
    static final List<String> EN_TRADES = List.of("Analytics Ltd", "Logistics Ltd", "Design Ltd", "Retail Ltd",
            "Software Ltd", "Trading Ltd");
    static final List<String> NO_CITIES = List.of("0153|Oslo", "0155|Oslo", "5013|Bergen", "7010|Trondheim",
            "4006|Stavanger", "9008|Tromsø", "6800|Førde", "3015|Drammen", "2317|Hamar", "8006|Bodø");
    static final List<String> NB_STREETS = List.of("Storgata", "Kirkegata", "Strandveien", "Parkveien", "Skolegata",
            "Fjordgata", "Industriveien");
    static final List<String> EN_CITIES = List.of("E1W 1AA|London", "M1 1AE|Manchester", "LS1 4DY|Leeds",
            "BS1 5TR|Bristol", "EH1 1YZ|Edinburgh");
    static final List<String> EN_STREETS = List.of("Dock Street", "High Street", "Station Road", "Church Lane",
            "Mill Road");
    static final List<String> NB_PEOPLE = List.of("Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Lars Johansen",
            "Silje Dahl", "Anders Lie", "Marte Solheim", "Per Haugen");
    static final List<String> EN_PEOPLE = List.of("Jane O'Neill", "Tom Baker", "Priya Shah", "Oliver Grant",
            "Emma Clarke", "Daniel Hughes");

    static final Map<String, List<String>> CONTRACT_TITLES = Map.of(
            "nb", List.of("Avtale om regnskapstjenester", "Rammeavtale om IT-drift", "Avtale om renhold"),
            "nn", List.of("Avtale om rekneskapstenester", "Rammeavtale om IT-drift", "Avtale om reinhald"),
            "en", List.of("Master Services Agreement", "Support and Maintenance Agreement",
                    "Consulting Agreement"));

    static final Map<String, Map<ReasonType, String>> REASONS = Map.of(
            "nb", Map.of(
                    ReasonType.HARASSMENT, "Våre ansatte har flere ganger opplevd en tone som ikke er i tråd med "
                            + "avtalen om gjensidig respekt.",
                    ReasonType.EXCESSIVE_DEMANDS, "Omfanget av oppdraget har endret seg vesentlig flere ganger siden "
                            + "sommeren.",
                    ReasonType.UNPAID_EXTRA_WORK, "Oppdraget er utvidet med oppgaver som ikke inngår i avtalen.",
                    ReasonType.LATE_PAYMENT, "Fakturaene for de siste månedene ble betalt mellom 30 og 60 dager "
                            + "etter forfall.",
                    ReasonType.DISPUTED_CHARGES, "Fakturaer for avtalt arbeid er blitt bestridt uten oppgitt grunn.",
                    ReasonType.BREACH_OF_CONTRACT, "Avtalte leveranser av grunnlagsdata har uteblitt i flere "
                            + "måneder.",
                    ReasonType.OTHER, "Vi samler virksomheten om færre fagområder fra neste år."),
            "nn", Map.of(
                    ReasonType.HARASSMENT, "Tilsette hjå oss har fleire gonger opplevd ein tone som ikkje er i tråd "
                            + "med avtalen om gjensidig respekt.",
                    ReasonType.EXCESSIVE_DEMANDS, "Omfanget av oppdraget har endra seg vesentleg fleire gonger sidan "
                            + "sommaren.",
                    ReasonType.UNPAID_EXTRA_WORK, "Oppdraget er utvida med oppgåver som ikkje er med i avtalen.",
                    ReasonType.LATE_PAYMENT, "Fakturaene for dei siste månadene vart betalte mellom 30 og 60 dagar "
                            + "etter forfall.",
                    ReasonType.DISPUTED_CHARGES, "Fakturaer for avtalt arbeid er vortne bestridde utan oppgitt "
                            + "grunn.",
                    ReasonType.BREACH_OF_CONTRACT, "Avtalte leveransar av grunnlagsdata har ikkje kome på fleire "
                            + "månader.",
                    ReasonType.OTHER, "Vi samlar verksemda om færre fagområde frå neste år."),
            "en", Map.of(
                    ReasonType.HARASSMENT, "Our staff have on several occasions experienced a tone that is not in "
                            + "keeping with our agreement on mutual respect.",
                    ReasonType.EXCESSIVE_DEMANDS, "The scope of the engagement has changed substantially several "
                            + "times since the summer.",
                    ReasonType.UNPAID_EXTRA_WORK, "The engagement has grown to include work outside the agreement.",
                    ReasonType.LATE_PAYMENT, "Invoices for recent months were paid between 30 and 60 days after "
                            + "their due date.",
                    ReasonType.DISPUTED_CHARGES, "Invoices for agreed work have been disputed without a stated "
                            + "reason.",
                    ReasonType.BREACH_OF_CONTRACT, "The agreed deliveries of source data have not arrived for "
                            + "several months.",
                    ReasonType.OTHER, "We are focusing our business on fewer services from next year."));

    static final Map<String, List<String>> STEPS = Map.of(
            "nb", List.of("Møte om betalingsplan og omfang", "Tilbud om revidert avtale med tilleggspris",
                    "Skriftlig oppsummering av avtalt omfang", "Samtale med daglig leder om samarbeidsformen"),
            "nn", List.of("Møte om betalingsplan og omfang", "Tilbod om revidert avtale med tilleggspris",
                    "Skriftleg oppsummering av avtalt omfang", "Samtale med dagleg leiar om samarbeidsforma"),
            "en", List.of("Scope workshop and written change-request procedure", "Offer of a fixed-price extension",
                    "Written summary of the agreed scope", "Meeting with the managing director"));

    static final Map<String, List<String>> ITEMS = Map.of(
            "nb", List.of("Regnskapsmateriale for de siste tre årene", "Tilganger i Altinn og banken",
                    "Dokumentasjon av rutiner", "Eksport av data i CSV"),
            "nn", List.of("Rekneskapsmateriale for dei siste tre åra", "Tilgangar i Altinn og banken",
                    "Dokumentasjon av rutinar", "Eksport av data i CSV"),
            "en", List.of("Source code and documentation", "Administrator credentials", "Data export in CSV",
                    "Runbooks and contact lists"));

    static final Map<String, String> REFUNDS = Map.of(
            "nb", "Forskuddsbetalt honorar for perioden etter opphør",
            "nn", "Førehandsbetalt honorar for perioden etter opphøyr",
            "en", "Prepaid fees for the period after the termination");

    static final Map<String, String> NEW_PROVIDERS = Map.of(
            "nb", "Fjell Økonomi AS", "nn", "Vestvind Rekneskap AS", "en", "any provider you choose");

    static final Map<String, String> NOTES = Map.of(
            "nb", "Det har vært hyggelig å jobbe med dere gjennom flere år.",
            "nn", "Det har vore kjekt å arbeide med dykk gjennom fleire år.",
            "en", "It has been a pleasure working with your team over the years.");
}
