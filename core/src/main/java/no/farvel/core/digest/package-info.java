/** SHA-256 as Farvel's manifests and delivery journals write it, in native code where the platform offers it. */
package no.farvel.core.digest;
