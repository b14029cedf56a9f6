/**
 * Template packs by Maven coordinates, a plug-in of {@code farvel-templates}: with this artifact on the class path,
 * {@code Packs.load("no.acme:letters:1.2.0", options)} resolves the pack with Maven Resolver, found through
 * {@link java.util.ServiceLoader}. It has no API of its own; its classes are in {@code no.farvel.maven.internal},
 * which is not API.
 */
package no.farvel.maven;
