/** The {@code farvel} command line, a thin layer over the library; the batch runner itself is {@code farvel-batch}. */
package no.farvel.cli;
