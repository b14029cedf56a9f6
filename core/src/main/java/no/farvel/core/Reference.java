package no.farvel.core;

/** Case references: the provider's own ("Vår ref.") and the client's ("Deres ref."); either may be null. */
public record Reference(String ours, String theirs) {
}
