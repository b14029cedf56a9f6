/** JMH benchmarks of each format against the same letter written by hand with OpenPDF and POI. Not published. */
package no.farvel.bench;
