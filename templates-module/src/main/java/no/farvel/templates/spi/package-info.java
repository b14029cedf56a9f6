/**
 * Extension points, found through {@link java.util.ServiceLoader}: renderers of a format
 * ({@link no.farvel.templates.spi.LetterRenderer}) and repositories of packs
 * ({@link no.farvel.templates.spi.PackRepository}).
 */
package no.farvel.templates.spi;
