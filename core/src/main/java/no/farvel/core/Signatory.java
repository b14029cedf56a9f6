package no.farvel.core;

/** The person who signs the letter for the provider, with their title ("Daglig leder"). */
public record Signatory(String name, String title) {
}
