/**
 * The letter markup reader: a locked-down StAX parse of what templates emit into the document tree. The
 * vocabulary and conventions are described in {@code templates-module/LETTER-MARKUP.md}.
 */
package no.farvel.templates.internal.markup;
