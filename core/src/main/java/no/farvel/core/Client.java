package no.farvel.core;

/**
 * The party receiving the letter.
 *
 * @param attention the person the letter is addressed to, or null
 * @param orgNumber Norwegian organisation number, or null for foreign clients and private persons
 */
public record Client(String name, String orgNumber, String attention, Address address, String email) {
}
