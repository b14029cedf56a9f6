/** Sample data, an example branded pack, an embedding example and the throughput benchmark. */
package no.farvel.samples;
