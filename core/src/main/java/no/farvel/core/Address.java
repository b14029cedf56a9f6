package no.farvel.core;

import java.util.List;

/**
 * A postal address: street lines, postal code, city and an ISO 3166 country code.
 *
 * @param lines street lines, never null (missing becomes empty)
 * @param country ISO 3166-1 alpha-2 code such as {@code NO}; null means the sender's country
 */
public record Address(List<String> lines, String postalCode, String city, String country) {
    /** Copies the street lines; null becomes an empty list. */
    public Address {
        lines = Lists.immutable(lines);
    }
}
