package no.farvel.localization.internal;

import java.util.List;
import no.farvel.localization.Gender;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Stemmer;
import no.farvel.localization.UnitWords;

/** Norwegian nynorsk. A message a pack lacks in nynorsk is taken from bokmål, never from English. */
public final class Nynorsk extends Norwegian {
    @Override
    public String code() {
        return "nn";
    }

    @Override
    public String englishName() {
        return "Norwegian nynorsk";
    }

    @Override
    public List<String> fallbacks() {
        return List.of("nb");
    }

    @Override
    String one(Gender gender) {
        return switch (gender) {
            case MASCULINE -> "éin";
            case FEMININE -> "éi";
            case NEUTER -> "eitt";
        };
    }

    @Override
    String oneInCompound() {
        return "ein";
    }

    @Override
    public UnitWords unit(PeriodUnit unit) {
        return switch (unit) {
            case YEAR -> new UnitWords("år", "år", "års", "års", Gender.NEUTER);
            case MONTH -> new UnitWords("månad", "månader", "månads", "månaders", Gender.MASCULINE);
            case WEEK -> new UnitWords("veke", "veker", "vekes", "vekers", Gender.FEMININE);
            case DAY -> new UnitWords("dag", "dagar", "dags", "dagars", Gender.MASCULINE);
        };
    }

    @Override
    public String invoiceStatus(InvoiceState state) {
        return switch (state) {
            case OPEN -> "Ikkje forfallen";
            case OVERDUE -> "Forfallen";
            case DISPUTED -> "Omtvista";
            case PAID -> "Betalt";
        };
    }

    @Override
    String closing() {
        return "Med venleg helsing";
    }

    @Override
    String attachmentName() {
        return "Oppseiing frå {sender}";
    }

    @Override
    public Stemmer stemmer() {
        return Stemmer.NORWEGIAN_NYNORSK;
    }
}
