package no.farvel.templates;

import java.util.Arrays;
import java.util.List;
import no.farvel.core.Termination;

/**
 * The reactions to a termination the guidance expects, each with a reply in the case file. The replies template marks
 * each reply with its role ({@code data-role="reply-negotiation"}).
 */
public enum ReplyKind {
    /** The client tries to negotiate the decision away. */
    NEGOTIATION("negotiation"),
    /** The client disputes the reasons. */
    REASONS_DISPUTED("reasons"),
    /** The client disputes a final invoice; only when there are final invoices. */
    INVOICE_DISPUTED("invoice"),
    /** The client asks to extend the relationship or the deadlines. */
    EXTENSION("extension"),
    /** The client complains about the decision or the way it was made. */
    COMPLAINT("complaint"),
    /** The client writes in a hostile or threatening way. */
    HOSTILE("hostile");

    private final String code;

    ReplyKind(String code) {
        this.code = code;
    }

    /** The stable lower-case name: {@code negotiation}, {@code invoice}. */
    public String code() {
        return code;
    }

    /** The role the replies template marks this reply with: {@code reply-negotiation}. */
    public String role() {
        return "reply-" + code;
    }

    /** The file the case file writes this reply to: {@code reply-negotiation.txt}. */
    public String fileName() {
        return role() + ".txt";
    }

    /** Whether the case of this termination needs the reply: a disputed invoice needs final invoices. */
    public boolean appliesTo(Termination termination) {
        return this != INVOICE_DISPUTED || !termination.finalInvoices().isEmpty();
    }

    /**
     * Whether the reply keeps the letter's thanks and good wishes: every reply but the one to a hostile message, where
     * thanking someone who has just threatened staff reads oddly; that reply restates the decision and closes.
     */
    public boolean keepsTheThanks() {
        return this != HOSTILE;
    }

    /** Every kind that applies to the termination, in this enum's order. */
    public static List<ReplyKind> applyingTo(Termination termination) {
        return Arrays.stream(values()).filter(kind -> kind.appliesTo(termination)).toList();
    }
}
