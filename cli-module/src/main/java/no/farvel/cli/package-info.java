/** The {@code farvel} command line and the batch runner. */
package no.farvel.cli;
