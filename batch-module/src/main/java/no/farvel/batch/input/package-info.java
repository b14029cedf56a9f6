/**
 * Inputs a batch reads record by record: JSON, JSON Lines, CSV (with list files beside it) and XLSX, through
 * {@link no.farvel.batch.input.RecordSource}.
 */
package no.farvel.batch.input;
