/** Template packs: finding, loading, listing and verifying them, by folder, archive or Maven coordinates. */
package no.farvel.templates.pack;
