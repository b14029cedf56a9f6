package no.farvel.batch;

import java.util.List;
import java.util.Map;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.json.ReadError;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.core.validation.ViolationCode;

/** The problems of one record before rendering, located in the input: shared by {@code batch} and {@code validate}. */
public final class RecordChecks {
    private static final String READ = "READ";
    private static final String DUPLICATE_ID = "DUPLICATE_ID";

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

    /** A record whose id an earlier record of the same input has. */
    public static Problem duplicate(InputRecord record, String firstSeen) {
        return new Problem(record.locate("id"), "id", DUPLICATE_ID, "'" + record.id()
                + "' is already the id of the record at " + firstSeen + "; give each record its own id");
    }

    /**
     * What stops a record before it is rendered: why it could not be read, or that an earlier record of the same input
     * has its id ({@code firstSeen}, id to location, is updated), or else every violation of the input contract.
     */
    public static List<Problem> beforeRendering(InputRecord record, Map<String, String> firstSeen) {
        if (!record.isOk()) {
            return List.of(unreadable(record));
        }
        String earlier = firstSeen.putIfAbsent(record.id(), record.location());
        return earlier != null ? List.of(duplicate(record, earlier)) : violations(record);
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
