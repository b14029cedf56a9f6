package no.farvel.core;

import java.time.LocalDate;

/** Something the provider did to resolve the matter before deciding to end the relationship. */
public record StepTaken(LocalDate date, String description) {
}
