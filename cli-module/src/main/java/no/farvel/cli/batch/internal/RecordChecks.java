package no.farvel.cli.batch.internal;

import java.util.List;
import no.farvel.cli.batch.Problem;
import no.farvel.cli.input.InputRecord;
import no.farvel.core.json.ReadError;
import no.farvel.core.validation.TerminationValidator;
import no.farvel.core.validation.ViolationCode;

/** The problems of one record before rendering, located in the input: shared by {@code batch} and {@code validate}. */
public final class RecordChecks {
    private RecordChecks() {
    }

    /** Why a record could not be read. */
    public static Problem unreadable(InputRecord record) {
        ReadError error = record.error();
        String where = error.line() > 0
                ? error.source() + ":" + error.line() + (error.column() > 0 ? ":" + error.column() : "")
                : record.location();
        return new Problem(where, error.path(), "READ", error.message());
    }

    /** A record whose id an earlier record of the same input has. */
    public static Problem duplicate(InputRecord record, String firstSeen) {
        return new Problem(record.locate("id"), "id", "DUPLICATE_ID", "'" + record.id()
                + "' is already the id of the record at " + firstSeen + "; give each record its own id");
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
