/**
 * Rendering termination letters: {@link no.farvel.templates.Farvel} is the one door; template packs, the document
 * tree and the renderer SPI sit behind it.
 */
package no.farvel.templates;
