/** Template packs, FreeMarker, the letter document tree and its renderers (DOCX, PDF, HTML, text). */
package no.farvel.templates;
