/**
 * The batch runner as a library: {@link no.farvel.batch.BatchRunner} writes the letters for every record of an input,
 * several at a time, each file whole or not at all, and records each record in a {@link no.farvel.batch.Manifest}.
 * No command-line parser and no logging binding: the host keeps its own.
 */
package no.farvel.batch;
