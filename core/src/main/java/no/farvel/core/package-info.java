/**
 * The termination model: {@link no.farvel.core.Termination} and the values it is made of. Immutable; built with
 * builders or read from JSON, and checked by {@code no.farvel.core.validation}.
 *
 * <p>Packages named {@code internal}, here and in every Farvel module, are not API: they may change in any release.
 */
package no.farvel.core;
