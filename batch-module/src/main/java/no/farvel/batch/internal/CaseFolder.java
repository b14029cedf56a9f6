package no.farvel.batch.internal;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.farvel.batch.WrittenFile;
import no.farvel.templates.CaseFile;
import no.farvel.templates.ReplyKind;

/**
 * A record's {@code case/} folder: the case file beside the letters. The manifest lists its files as
 * {@code case/memo.pdf} and so on, so that resuming and checking hashes treat them like the letters.
 */
public final class CaseFolder {
    /** The sub-folder of a record's folder the case file goes in. */
    public static final String NAME = "case";
    private static final String PREFIX = NAME + "/";

    private CaseFolder() {
    }

    /**
     * Writes the case file's files into {@code record/case/}, each whole or not at all, and removes files of an
     * earlier case file that this one no longer has (a reply to a disputed invoice when there are no invoices now).
     */
    static List<WrittenFile> write(SafeDir record, Map<String, byte[]> files) throws IOException {
        try (SafeDir folder = record.createChild(NAME)) {
            AtomicFiles.removeTemporaryFiles(folder);
            List<WrittenFile> written = new ArrayList<>();
            for (WrittenFile file : AtomicFiles.writeAll(folder, files)) {
                written.add(new WrittenFile(PREFIX + file.name(), file.sha256(), file.size()));
            }
            for (String name : folder.names()) {
                BasicFileAttributes attributes = folder.attributes(name);
                if (!files.containsKey(name) && isCaseFileName(name) && attributes != null
                        && attributes.isRegularFile()) {
                    folder.delete(name);
                }
            }
            folder.sync();
            return written;
        }
    }

    /** Deletes an earlier case file from the record's folder, so it never outlives a record that now fails. */
    static void withdraw(SafeDir record) throws IOException {
        BasicFileAttributes attributes = record.attributes(NAME);
        if (attributes == null || !attributes.isDirectory() || attributes.isSymbolicLink()) {
            return;
        }
        try (SafeDir folder = record.child(NAME)) {
            for (String name : folder.names()) {
                if (isCaseFileName(name)) {
                    folder.delete(name);
                }
            }
        }
    }

    /** Whether a manifest's file name is one of a case file's: {@code case/memo.pdf}, {@code case/reply-hostile.txt}. */
    public static boolean isListedName(String name) {
        return name.startsWith(PREFIX) && isCaseFileName(name.substring(PREFIX.length()));
    }

    /** The name of a case file's file inside {@code case/}, without the folder. */
    public static String fileName(String listedName) {
        return listedName.substring(PREFIX.length());
    }

    private static boolean isCaseFileName(String name) {
        if (List.of(CaseFile.MEMO_PDF, CaseFile.MEMO_DOCX, CaseFile.CALENDAR, CaseFile.REPLIES_DOCX,
                CaseFile.DEBRIEF_DOCX).contains(name)) {
            return true;
        }
        for (ReplyKind kind : ReplyKind.values()) {
            if (kind.fileName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
