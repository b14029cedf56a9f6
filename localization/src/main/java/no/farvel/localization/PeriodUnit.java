package no.farvel.localization;

/** The units notice periods and deadlines are counted in. */
public enum PeriodUnit {
    YEAR,
    MONTH,
    WEEK,
    DAY
}
