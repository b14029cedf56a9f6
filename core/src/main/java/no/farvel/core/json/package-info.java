/**
 * Reading terminations from JSON and JSON Lines: every problem named by file, line, column and field path, and a bad
 * record never stops the next.
 */
package no.farvel.core.json;
