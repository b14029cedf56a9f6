package no.farvel.localization.internal;

import no.farvel.localization.Gender;
import no.farvel.localization.InvoiceState;
import no.farvel.localization.PeriodUnit;
import no.farvel.localization.Stemmer;
import no.farvel.localization.UnitWords;

/** Norwegian bokmål, in the moderate forms business letters use ("én uke", not "ei uke"). */
public final class Bokmal extends Norwegian {
    @Override
    public String code() {
        return "nb";
    }

    @Override
    public String englishName() {
        return "Norwegian bokmål";
    }

    @Override
    String one(Gender gender) {
        return switch (gender) {
            case MASCULINE -> "én";
            case FEMININE -> "éi";
            case NEUTER -> "ett";
        };
    }

    @Override
    String oneInCompound() {
        return "en";
    }

    @Override
    public UnitWords unit(PeriodUnit unit) {
        return switch (unit) {
            case YEAR -> new UnitWords("år", "år", "års", "års", Gender.NEUTER);
            case MONTH -> new UnitWords("måned", "måneder", "måneds", "måneders", Gender.MASCULINE);
            case WEEK -> new UnitWords("uke", "uker", "ukes", "ukers", Gender.MASCULINE);
            case DAY -> new UnitWords("dag", "dager", "dags", "dagers", Gender.MASCULINE);
        };
    }

    @Override
    public String invoiceStatus(InvoiceState state) {
        return switch (state) {
            case OPEN -> "Ikke forfalt";
            case OVERDUE -> "Forfalt";
            case DISPUTED -> "Omtvistet";
            case PAID -> "Betalt";
        };
    }

    @Override
    String closing() {
        return "Med vennlig hilsen";
    }

    @Override
    String attachmentName() {
        return "Oppsigelse fra {sender}";
    }

    @Override
    public Stemmer stemmer() {
        return Stemmer.NORWEGIAN_BOKMAL;
    }
}
