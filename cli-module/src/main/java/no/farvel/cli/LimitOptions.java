package no.farvel.cli;

import no.farvel.batch.BatchLimits;
import picocli.CommandLine.Option;

/**
 * The limits a run's input may be raised past, for the commands that read records. The others are fixed (see
 * README, "Limits and safety"), since the input contract never needs more.
 */
final class LimitOptions {
    @Option(names = "--max-record-chars", paramLabel = "N",
            description = "The longest record in characters: one JSON document or line, one CSV or spreadsheet row "
                    + "with its list rows (default: " + BatchLimits.DEFAULT_MAX_RECORD_CHARS + ").")
    Integer maxRecordChars;

    @Option(names = "--max-list-rows", paramLabel = "N",
            description = "The most rows in all list files or sheets together, which are held in memory (default: "
                    + BatchLimits.DEFAULT_MAX_LIST_ROWS + ").")
    Integer maxListRows;

    @Option(names = "--max-list-chars", paramLabel = "N",
            description = "The most characters in all list files or sheets together (default: "
                    + BatchLimits.DEFAULT_MAX_LIST_CHARS + ").")
    Long maxListChars;

    @Option(names = "--max-shared-strings", paramLabel = "N",
            description = "The most shared strings in an XLSX workbook, which are held in memory (default: "
                    + BatchLimits.DEFAULT_MAX_SHARED_STRINGS + ").")
    Integer maxSharedStrings;

    @Option(names = "--max-shared-string-chars", paramLabel = "N",
            description = "The most characters in all shared strings of an XLSX workbook (default: "
                    + BatchLimits.DEFAULT_MAX_SHARED_STRING_CHARS + ").")
    Long maxSharedStringChars;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "The most problems listed for one record; the rest are counted (default: "
                    + BatchLimits.DEFAULT_MAX_PROBLEMS_PER_RECORD + ").")
    Integer maxFindings;

    /**
     * The limits with the options given.
     *
     * @throws IllegalArgumentException naming the option when a value is below 1
     */
    BatchLimits limits() {
        BatchLimits limits = BatchLimits.DEFAULT;
        limits = maxRecordChars == null ? limits : limits.withMaxRecordChars(positive("--max-record-chars",
                maxRecordChars));
        limits = maxListRows == null ? limits : limits.withMaxListRows(positive("--max-list-rows", maxListRows));
        limits = maxListChars == null ? limits : limits.withMaxListChars(positive("--max-list-chars", maxListChars));
        limits = maxSharedStrings == null ? limits : limits.withMaxSharedStrings(positive("--max-shared-strings",
                maxSharedStrings));
        limits = maxSharedStringChars == null ? limits : limits.withMaxSharedStringChars(
                positive("--max-shared-string-chars", maxSharedStringChars));
        return maxFindings == null ? limits : limits.withMaxProblemsPerRecord(positive("--max-findings",
                maxFindings));
    }

    private static <T extends Number> T positive(String option, T value) {
        if (value.longValue() < 1) {
            throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + value
                    + "' is not a limit; use 1 or more");
        }
        return value;
    }
}
