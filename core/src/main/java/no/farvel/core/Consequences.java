package no.farvel.core;

/**
 * What ending the relationship may cost the provider, as the team weighs it before deciding. Internal: printed in the
 * decision memo, never in the letter. Each may be null; the memo then asks the question instead.
 *
 * @param reputation how the client, the trade and the provider's own staff may see the decision
 * @param legal legal implications: notice, open claims, disputed invoices, confidentiality
 * @param influence the client's influence: size, network, referrals, a public voice
 */
public record Consequences(String reputation, String legal, String influence) {
    /** None weighed yet. */
    public static final Consequences NONE = new Consequences(null, null, null);
}
