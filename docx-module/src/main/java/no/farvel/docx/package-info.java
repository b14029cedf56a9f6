/**
 * The DOCX renderer, a plug-in of {@code farvel-templates}: with this artifact on the class path,
 * {@code Farvel.builder()} finds it through {@link java.util.ServiceLoader} and letters render as Word documents too.
 * It has no API of its own; its classes are in {@code no.farvel.docx.internal}, which is not API.
 */
package no.farvel.docx;
