package no.farvel.core;

import java.time.LocalDate;
import java.time.Period;

/**
 * The agreement being ended.
 *
 * @param noticePeriod the notice the contract requires, ISO-8601 such as {@code P2M}; null if none is agreed
 */
public record Contract(String title, LocalDate signedOn, Period noticePeriod) {
}
