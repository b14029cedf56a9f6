package no.farvel.core.guide.internal;

import java.util.regex.Pattern;

/** One tone pattern from a rules file: the finding code it raises and a neutral wording, or null. */
public record ToneRule(String code, Pattern pattern, String suggestion) {
}
