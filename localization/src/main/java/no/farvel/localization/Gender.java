package no.farvel.localization;

/** The grammatical gender of a noun, which "one" agrees with in Norwegian: én måned, éi veke, ett år. */
public enum Gender {
    MASCULINE,
    FEMININE,
    NEUTER
}
