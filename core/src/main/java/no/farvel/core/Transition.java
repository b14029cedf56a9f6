package no.farvel.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The hand-over of services to the client's next provider.
 *
 * @param newProvider the provider taking over, or null when not yet known
 * @param items what is handed over, never null
 */
public record Transition(String newProvider, LocalDate handoverBy, List<String> items, Contact contact) {
    /** Copies the items; null becomes an empty list. */
    public Transition {
        items = Lists.immutable(items);
    }
}
