package no.farvel.batch;

import java.util.List;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.internal.ProblemCap;
import no.farvel.batch.internal.RecordFailures;
import no.farvel.core.json.ReadError;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.core.validation.ViolationCode;

/** The problems of one record before rendering, located in the input: shared by {@code batch} and {@code validate}. */
public final class RecordChecks {
    static final String READ = "READ";
    static final String DUPLICATE_ID = "DUPLICATE_ID";

    private RecordChecks() {
    }

    /** Why a record could not be read. */
    public static Problem unreadable(InputRecord record) {
        ReadError error = record.error();
        String where = error.line() > 0
                ? error.source() + ":" + error.line() + (error.column() > 0 ? ":" + error.column() : "")
                : record.location();
        return new Problem(where, error.path(), READ, error.message());
    }

    /**
     * What stops a record before it is rendered: why it could not be read, or that an earlier record of the same input
     * has its id ({@code seen} is updated), or else every violation of the input contract.
     */
    public static List<Problem> beforeRendering(InputRecord record, SeenIds seen) {
        if (!record.isOk()) {
            return List.of(unreadable(record));
        }
        Problem duplicate = seen.add(record);
        return duplicate != null ? List.of(duplicate) : violations(record);
    }

    /**
     * The problem for a record whose letter could not be rendered or checked, for any reason that is the record's
     * (its data, the pack, the heap or stack it needs), or null for an error that means the Java runtime itself is in
     * trouble, which the caller should let go.
     */
    public static Problem cannotRender(InputRecord record, Throwable e) {
        return RecordFailures.isRecordFailure(e) ? RecordFailures.render(record, "rendered", e) : null;
    }

    /**
     * At most {@code max} problems, shortened for one line each; when some are left out, one more that says how many
     * (code {@code MORE}).
     */
    public static List<Problem> listed(List<Problem> problems, int max, boolean warnings) {
        return ProblemCap.cap(problems, max, warnings);
    }

    /** Whether these problems mean the record cannot be looked at further: unreadable or a repeated id. */
    public static boolean isUnusable(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.code().equals(READ) || p.code().equals(DUPLICATE_ID));
    }

    /** Every violation of the input contract, each at the file and line its field came from. */
    public static List<Problem> violations(InputRecord record) {
        return TerminationValidator.validate(record.termination()).stream()
                .map(v -> new Problem(record.locate(v.path()), v.path(), v.code().name(),
                        v.path().equals("provider") && v.code() == ViolationCode.REQUIRED
                                ? v.message() + "; give it in the record, or once for every record with --provider FILE"
                                : v.message()))
                .toList();
    }
}
