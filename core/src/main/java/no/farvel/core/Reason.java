package no.farvel.core;

/**
 * One reason for ending the relationship.
 *
 * @param detail the client-specific facts, in the letter's language; required for {@link ReasonType#OTHER}
 */
public record Reason(ReasonType type, String detail) {
}
