package no.farvel.core.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for a record's id, which names the record's folder in an output folder: 1–64 of {@code A-Z a-z 0-9 . _ -},
 * never a name Farvel keeps for its own files there, never hidden, and a valid folder name on Windows too.
 */
public final class RecordIds {
    /** The files Farvel writes at the top of an output folder, beside the record folders. */
    public static final Set<String> FARVEL_FILES = Set.of("manifest.jsonl", "delivery.jsonl");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?",
            Pattern.CASE_INSENSITIVE);
    private static final String OWN_SUFFIX = ".jsonl";

    private RecordIds() {
    }

    /** What is wrong with a non-null id, for a person; empty when it is a valid id. */
    public static Optional<String> problem(String id) {
        String quoted = Messages.quote(id);
        if (!ID.matcher(id).matches()) {
            return Optional.of(quoted + " is not a valid id: use 1–64 of A-Z a-z 0-9 . _ -");
        }
        if (id.startsWith(".")) {
            return Optional.of(quoted + " starts with '.': an id names a folder, and names that start with '.' are "
                    + "hidden and kept for Farvel's own files; start it with a letter or digit");
        }
        String lower = id.toLowerCase(Locale.ROOT);
        if (FARVEL_FILES.contains(lower) || lower.endsWith(OWN_SUFFIX)) {
            return Optional.of(quoted + " would clash with Farvel's own files in the output folder ("
                    + String.join(", ", FARVEL_FILES.stream().sorted().toList()) + "; ids may not end in "
                    + OWN_SUFFIX + "); choose another id");
        }
        if (id.endsWith(".")) {
            return Optional.of(quoted + " ends with '.', which Windows drops from folder names; remove it");
        }
        if (WINDOWS_DEVICE.matcher(id).matches()) {
            return Optional.of(quoted + " is a device name on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9), "
                    + "which cannot name a folder there; choose another id");
        }
        return Optional.empty();
    }

    /** Whether a non-null id is valid. */
    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /**
     * The form under which two ids share a folder: ids that differ only in capitals name the same folder on Windows
     * and macOS.
     */
    public static String folderKey(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
