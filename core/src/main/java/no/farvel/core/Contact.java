package no.farvel.core;

/** A person the client can talk to about the hand-over. */
public record Contact(String name, String email, String phone) {
}
