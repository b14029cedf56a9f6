package no.farvel.templates.pack;

import java.util.List;

/**
 * What a pack's manifest says about it, for listings.
 *
 * @param source the spec that loads it with {@link Packs#load}, such as {@code default} or a file path
 * @param problem empty when the manifest could be read; otherwise why not (the other fields are then empty)
 */
public record PackInfo(String source, String name, String version, String description, List<String> locales,
                       String problem) {
    /** Copies the locales; what is missing becomes empty. */
    public PackInfo {
        locales = locales == null ? List.of() : List.copyOf(locales);
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        problem = problem == null ? "" : problem;
    }
}
