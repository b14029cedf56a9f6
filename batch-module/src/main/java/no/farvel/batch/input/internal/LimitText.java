package no.farvel.batch.input.internal;

import java.util.Locale;

/** How the readers word a limit: the number grouped, and the command-line option that raises it. */
final class LimitText {
    static final String RECORD_OPTION = "--max-record-chars";
    static final String LIST_ROWS_OPTION = "--max-list-rows";
    static final String LIST_CHARS_OPTION = "--max-list-chars";
    static final String SHARED_STRINGS_OPTION = "--max-shared-strings";
    static final String SHARED_STRING_CHARS_OPTION = "--max-shared-string-chars";

    private LimitText() {
    }

    /** {@code 1,000,000}. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
