/** The languages Farvel writes letters in, and what each needs. Depends on the JDK only. */
package no.farvel.localization;
