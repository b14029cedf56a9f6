/**
 * The guide check: whether a termination and its rendered letter are complete, polite and factual, as
 * {@link no.farvel.core.guide.Finding}s that are errors or warnings.
 */
package no.farvel.core.guide;
