package no.farvel.batch;

/**
 * The bounds that keep one hostile or oversized input from exhausting memory or time, in one place with their
 * defaults. The ones a real batch may outgrow can be raised (on the command line with the option named in each
 * error); the fixed ones below are far beyond what the input contract allows, so raising them would only let more
 * waste through.
 *
 * @param maxRecordChars the longest record in characters: one JSON document, array element or JSON Lines line, one
 *                       CSV row or spreadsheet row ({@code --max-record-chars})
 * @param maxListRows the most rows in all list files or sheets together ({@code reasons}, {@code steps},
 *                    {@code invoices}, {@code refunds}), which are held in memory ({@code --max-list-rows})
 * @param maxListChars the most characters in all list files or sheets together ({@code --max-list-chars})
 * @param maxSharedStrings the most shared strings in an XLSX workbook, which are held in memory
 *                         ({@code --max-shared-strings})
 * @param maxSharedStringChars the most characters in all shared strings of an XLSX workbook
 *                             ({@code --max-shared-string-chars})
 * @param maxProblemsPerRecord the most problems (violations, guide-check errors, warnings) listed for one record in
 *                             the manifest and on the terminal; the rest are summed up as "and N more"
 *                             ({@code --max-findings})
 */
public record BatchLimits(int maxRecordChars, int maxListRows, long maxListChars, int maxSharedStrings,
                          long maxSharedStringChars, int maxProblemsPerRecord) {
    /** The default of {@link #maxRecordChars()}. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;
    /** The default of {@link #maxListRows()}. */
    public static final int DEFAULT_MAX_LIST_ROWS = 200_000;
    /** The default of {@link #maxListChars()}. */
    public static final long DEFAULT_MAX_LIST_CHARS = 32_000_000L;
    /** The default of {@link #maxSharedStrings()}. */
    public static final int DEFAULT_MAX_SHARED_STRINGS = 1_000_000;
    /** The default of {@link #maxSharedStringChars()}. */
    public static final long DEFAULT_MAX_SHARED_STRING_CHARS = 32_000_000L;
    /** The default of {@link #maxProblemsPerRecord()}. */
    public static final int DEFAULT_MAX_PROBLEMS_PER_RECORD = 50;

    /** The longest value of one CSV field or spreadsheet cell: the same as the longest JSON text value. */
    public static final int MAX_FIELD_CHARS = 100_000;
    /** The most columns of a list file or sheet: its id and the fields of one entry need at most nine. */
    public static final int MAX_LIST_COLUMNS = 32;
    /** The longest problem message kept for the manifest; a longer one is cut, ending in an ellipsis. */
    public static final int MAX_PROBLEM_CHARS = 500;
    /** The longest manifest line read back on {@code --resume}; Farvel writes far shorter ones. */
    public static final int MAX_MANIFEST_LINE_CHARS = 1 << 20;
    /** The largest letter file whose hash {@code --resume} checks; a larger one is written again. */
    public static final long MAX_LETTER_FILE_BYTES = 64L << 20;

    /**
     * Fits a batch of tens of thousands of records in the command line's heap: list files of 200,000 rows and
     * 32 million characters, workbooks of a million shared strings.
     */
    public static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_LIST_ROWS,
            DEFAULT_MAX_LIST_CHARS, DEFAULT_MAX_SHARED_STRINGS, DEFAULT_MAX_SHARED_STRING_CHARS,
            DEFAULT_MAX_PROBLEMS_PER_RECORD);

    public BatchLimits {
        requirePositive(maxRecordChars, "maxRecordChars");
        requirePositive(maxListRows, "maxListRows");
        requirePositive(maxListChars, "maxListChars");
        requirePositive(maxSharedStrings, "maxSharedStrings");
        requirePositive(maxSharedStringChars, "maxSharedStringChars");
        requirePositive(maxProblemsPerRecord, "maxProblemsPerRecord");
    }

    public BatchLimits withMaxRecordChars(int value) {
        return new BatchLimits(value, maxListRows, maxListChars, maxSharedStrings, maxSharedStringChars,
                maxProblemsPerRecord);
    }

    public BatchLimits withMaxListRows(int value) {
        return new BatchLimits(maxRecordChars, value, maxListChars, maxSharedStrings, maxSharedStringChars,
                maxProblemsPerRecord);
    }

    public BatchLimits withMaxListChars(long value) {
        return new BatchLimits(maxRecordChars, maxListRows, value, maxSharedStrings, maxSharedStringChars,
                maxProblemsPerRecord);
    }

    public BatchLimits withMaxSharedStrings(int value) {
        return new BatchLimits(maxRecordChars, maxListRows, maxListChars, value, maxSharedStringChars,
                maxProblemsPerRecord);
    }

    public BatchLimits withMaxSharedStringChars(long value) {
        return new BatchLimits(maxRecordChars, maxListRows, maxListChars, maxSharedStrings, value,
                maxProblemsPerRecord);
    }

    public BatchLimits withMaxProblemsPerRecord(int value) {
        return new BatchLimits(maxRecordChars, maxListRows, maxListChars, maxSharedStrings, maxSharedStringChars,
                value);
    }

    private static void requirePositive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("The limit '" + name + "' must be at least 1, but was " + value);
        }
    }
}
