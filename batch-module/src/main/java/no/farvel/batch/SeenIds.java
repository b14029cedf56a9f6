package no.farvel.batch;

import java.util.HashMap;
import java.util.Map;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.validation.RecordIds;

/**
 * The ids met so far in one input, to catch a record whose id an earlier record has. Ids that differ only in
 * capitals count as the same, since their folders are one folder on Windows and macOS. Not thread-safe.
 */
public final class SeenIds {
    private final Map<String, First> first = new HashMap<>();

    private record First(String id, String location) {
    }

    /**
     * Remembers the record's id; returns the problem when an earlier record has the same id, or null. Records
     * without an id are not remembered.
     */
    public Problem add(InputRecord record) {
        if (record.id() == null) {
            return null;
        }
        First earlier = first.putIfAbsent(RecordIds.folderKey(record.id()), new First(record.id(),
                record.location()));
        if (earlier == null) {
            return null;
        }
        String capitals = earlier.id().equals(record.id()) ? "" : " as '" + earlier.id() + "' (ids that differ only "
                + "in capitals share a folder on Windows and macOS)";
        return new Problem(record.locate("id"), "id", RecordChecks.DUPLICATE_ID, "'" + record.id()
                + "' is already the id of the record at " + earlier.location() + capitals
                + "; give each record its own id");
    }
}
