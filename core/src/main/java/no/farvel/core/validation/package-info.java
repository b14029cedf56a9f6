/** Validation of a termination: every violation at once, each with its JSON path, a stable code and a message. */
package no.farvel.core.validation;
