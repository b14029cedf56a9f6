package no.farvel.templates.internal.pack;

import java.util.List;
import java.util.Map;
import no.farvel.templates.spi.RenderContext.FontFamily;

/**
 * The contents of a pack's {@code farvel-pack.json}.
 *
 * @param documents document name to template path; {@code letter} is required, and the case documents
 *                  {@code memo}, {@code replies} and {@code debrief} come all together or not at all
 * @param images image role (such as {@code logo}) to path
 * @param samples paths of termination JSON files in the pack that verification renders in every locale
 * @param toneRules locale code to a file of extra guide-check tone rules, in the format of the built-in
 *                  {@code tone_en.txt}; they add to the built-in rules, never replace them
 */
public record PackManifest(String name, String version, String description, List<String> locales,
                           Map<String, String> documents, FontFamily fonts, Map<String, String> images,
                           String accentColor, List<String> samples, Map<String, String> toneRules) {
    /** The file name of the manifest at the root of every pack. */
    public static final String FILE_NAME = "farvel-pack.json";

    /** The document every pack must have. */
    public static final String LETTER = "letter";
    /** The internal decision memo, a case document. */
    public static final String MEMO = "memo";
    /** The replies to the client's push-back, a case document. */
    public static final String REPLIES = "replies";
    /** The debrief agenda, a case document. */
    public static final String DEBRIEF = "debrief";
    /** The case documents: a pack offers all of them or none. */
    public static final List<String> CASE_DOCUMENTS = List.of(MEMO, REPLIES, DEBRIEF);

    public PackManifest {
        locales = locales == null ? List.of() : List.copyOf(locales);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
        images = images == null ? Map.of() : Map.copyOf(images);
        samples = samples == null ? List.of() : List.copyOf(samples);
        toneRules = toneRules == null ? Map.of() : Map.copyOf(toneRules);
    }

    /** Whether {@code documents} names any case document; {@link #missingCaseDocuments()} says whether all. */
    public boolean offersCaseDocuments() {
        return CASE_DOCUMENTS.stream().anyMatch(documents::containsKey);
    }

    /** The case documents the manifest leaves out although it names another; empty when it names all or none. */
    public List<String> missingCaseDocuments() {
        return offersCaseDocuments() ? CASE_DOCUMENTS.stream().filter(d -> !documents.containsKey(d)).toList()
                : List.of();
    }
}
