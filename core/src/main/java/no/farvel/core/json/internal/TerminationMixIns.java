package no.farvel.core.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import no.farvel.core.CaseNotes;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Refund;
import no.farvel.core.Termination;

/** Jackson annotations for {@link Termination}, kept out of the model so that core's API carries no Jackson types. */
final class TerminationMixIns {
    private TerminationMixIns() {
    }

    /** Termination is built through its builder, which fills in the defaults. */
    @JsonDeserialize(builder = Termination.Builder.class)
    abstract static class TerminationMixIn {
    }

    /**
     * The builder's setters are named like the JSON fields. The one-argument adders would otherwise count as fields
     * called "addFinalInvoice" and "addRefund"; the two-argument adders are never setters. The case notes are the
     * field {@code case}, a word Java keeps for itself.
     */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
    abstract static class BuilderMixIn {
        @JsonProperty("case")
        abstract Termination.Builder caseNotes(CaseNotes caseNotes);

        @JsonIgnore
        abstract Termination.Builder addFinalInvoice(FinalInvoice invoice);

        @JsonIgnore
        abstract Termination.Builder addRefund(Refund refund);
    }
}
