package no.farvel.templates.document;

/** What a follow-up in the calendar is about; the code names it in event UIDs and stays stable. */
public enum FollowUpKind {
    /** The day the letter goes out: check that it arrived and is filed. */
    LETTER_SENT("letter-sent"),
    /** A final invoice falls due: check that it is paid. */
    INVOICE_DUE("invoice-due"),
    /** A refund must be paid by this day: check that it is. */
    REFUND_DUE("refund-due"),
    /** The hand-over to the next provider is due: check that everything is handed over. */
    HANDOVER("handover"),
    /** The relationship ends: check that access, billing and obligations end with it. */
    EFFECTIVE("effective"),
    /** The team meets to learn from the case. */
    DEBRIEF("debrief");

    private final String code;

    FollowUpKind(String code) {
        this.code = code;
    }

    /** The stable lower-case name: {@code invoice-due}. */
    public String code() {
        return code;
    }
}
