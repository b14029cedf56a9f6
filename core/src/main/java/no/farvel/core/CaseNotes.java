package no.farvel.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The team's internal record of the decision (the JSON field {@code case}): its assessment, the consequences it
 * weighed, who decided and who was consulted, and when to hold the debrief. Printed in the decision memo and the
 * debrief agenda, never in the letter or the e-mail. Every field is optional; the memo asks for what is missing.
 *
 * @param assessment the team's overall assessment: how serious the behaviour is, its effect on the business, and
 *                   what the people who work with the client say, for and against
 * @param consequences reputation, legal implications and the client's influence; never null
 * @param decidedBy the person who made the decision and signs the memo off, or null
 * @param consulted the people consulted before deciding, each as "name, role"; never null
 * @param decidedOn the day the decision was made, or null
 * @param debriefAfterDays how many days after the effective date the team meets to debrief, 1 to 365; null for
 *                         {@value #DEFAULT_DEBRIEF_AFTER_DAYS}
 */
public record CaseNotes(String assessment, Consequences consequences, Signatory decidedBy, List<String> consulted,
                        LocalDate decidedOn, Integer debriefAfterDays) {
    /** Days from the effective date to the debrief when none are given. */
    public static final int DEFAULT_DEBRIEF_AFTER_DAYS = 14;
    /** No notes at all: every field of the memo is left for the team to fill in. */
    public static final CaseNotes NONE = new CaseNotes(null, null, null, null, null, null);

    /** Fills in what is not given: no consequences weighed, nobody consulted. */
    public CaseNotes {
        consequences = consequences == null ? Consequences.NONE : consequences;
        consulted = Lists.immutable(consulted);
    }

    /** The days from the effective date to the debrief, the default when none are given. */
    public int debriefDays() {
        return debriefAfterDays == null ? DEFAULT_DEBRIEF_AFTER_DAYS : debriefAfterDays;
    }
}
