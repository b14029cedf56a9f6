package no.farvel.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.document.FollowUpCalendar;
import no.farvel.templates.spi.CalendarWriter;
import no.farvel.templates.spi.RenderException;

/**
 * The internal papers of one termination, beside its letter: the decision memo, the follow-up calendar, the replies
 * to push-back and the debrief agenda. Made by {@link Farvel#caseFile}; safe to share between threads. Nothing in it
 * is for the client except the replies, which staff send one at a time when the client reacts.
 */
public final class CaseFile {
    /** The decision memo as a PDF. */
    public static final String MEMO_PDF = "memo.pdf";
    /** The decision memo in Word. */
    public static final String MEMO_DOCX = "memo.docx";
    /** The follow-up calendar, RFC 5545. */
    public static final String CALENDAR = "follow-up.ics";
    /** Every reply in one Word document, for review. */
    public static final String REPLIES_DOCX = "replies.docx";
    /** The debrief agenda in Word, for the team to fill in. */
    public static final String DEBRIEF_DOCX = "debrief.docx";

    private final String id;
    private final LetterLocale locale;
    private final CaseDocument memo;
    private final CaseDocument repliesDocument;
    private final List<Reply> replies;
    private final CaseDocument debrief;
    private final FollowUpCalendar followUps;
    private final CalendarWriter calendarWriter;
    private final List<String> openQuestions;

    CaseFile(String id, LetterLocale locale, CaseDocument memo, CaseDocument repliesDocument, List<Reply> replies,
             CaseDocument debrief, FollowUpCalendar followUps, CalendarWriter calendarWriter,
             List<String> openQuestions) {
        this.id = id;
        this.locale = locale;
        this.memo = memo;
        this.repliesDocument = repliesDocument;
        this.replies = List.copyOf(replies);
        this.debrief = debrief;
        this.followUps = followUps;
        this.calendarWriter = calendarWriter;
        this.openQuestions = List.copyOf(openQuestions);
    }

    /** The termination's id. */
    public String id() {
        return id;
    }

    /** The language of every document in it: the letter's. */
    public LetterLocale locale() {
        return locale;
    }

    /** The decision memo: internal, marked so on every page, never attached to the client's e-mail. */
    public CaseDocument memo() {
        return memo;
    }

    /** Every reply in one document, each with what it is for, for the manager and a lawyer to review. */
    public CaseDocument repliesDocument() {
        return repliesDocument;
    }

    /** The replies, one per kind of push-back that applies to this termination, in the order of {@link ReplyKind}. */
    public List<Reply> replies() {
        return replies;
    }

    /** The reply to one kind of push-back; throws {@link IllegalArgumentException} when it does not apply. */
    public Reply reply(ReplyKind kind) {
        Objects.requireNonNull(kind, "The parameter 'kind' must not be null");
        return replies.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow(() ->
                new IllegalArgumentException("Case '" + id + "' has no reply to " + kind + ": it has no final invoices"));
    }

    /** The debrief agenda, a document the team fills in. */
    public CaseDocument debrief() {
        return debrief;
    }

    /** The days to act on, in date order, as data. */
    public FollowUpCalendar followUps() {
        return followUps;
    }

    /**
     * The follow-ups as an iCalendar file (RFC 5545), each event with a reminder; needs {@code no.farvel:farvel-calendar}
     * (or another {@link CalendarWriter}) on the class path.
     */
    public byte[] calendar() {
        if (calendarWriter == null) {
            throw new RenderException("No calendar writer for the follow-up calendar (add the artifact "
                    + "no.farvel:farvel-calendar)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            calendarWriter.write(followUps, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the follow-up calendar of '" + id + "' failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The field paths of the case notes the memo asks the team to fill in because the input leaves them empty, such
     * as {@code case.consequences.legal} or {@code reasons[0].assessment}.
     */
    public List<String> openQuestions() {
        return openQuestions;
    }

    /**
     * Every file of the case file by name, in a fixed order: {@value #MEMO_PDF}, {@value #MEMO_DOCX},
     * {@value #CALENDAR}, {@value #REPLIES_DOCX}, {@code reply-<kind>.txt} for each reply, {@value #DEBRIEF_DOCX}.
     * Needs the DOCX renderer and a calendar writer.
     */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MEMO_PDF, memo.pdf());
        files.put(MEMO_DOCX, memo.docx());
        files.put(CALENDAR, calendar());
        files.put(REPLIES_DOCX, repliesDocument.docx());
        for (Reply reply : replies) {
            files.put(reply.kind().fileName(), reply.text().getBytes(StandardCharsets.UTF_8));
        }
        files.put(DEBRIEF_DOCX, debrief.docx());
        return files;
    }
}
