package no.farvel.templates.document;

/**
 * How closely a paged letter's lines and blocks follow each other. Type sizes and margins are the same in both.
 */
public enum Rhythm {
    /** The generous spacing every letter starts with. */
    REGULAR,
    /** Closer lines and blocks and the minimum room to sign: for a letter that fits one page only this way. */
    TIGHT
}
