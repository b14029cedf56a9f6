package no.farvel.core;

/**
 * One reason for ending the relationship.
 *
 * @param detail the client-specific facts, in the letter's language; required for {@link ReasonType#OTHER}
 * @param assessment the team's own view of this reason (how serious, what it has cost), for the internal decision
 *                   memo only; never printed in the letter; may be null
 */
public record Reason(ReasonType type, String detail, String assessment) {
    /** A reason without the team's assessment. */
    public Reason(ReasonType type, String detail) {
        this(type, detail, null);
    }
}
