package no.farvel.templates.internal.freemarker;

import java.util.List;
import no.farvel.templates.spi.LimitExceededException;

/** A pack template holds what Farvel does not run; carries every refusal found, for verification. */
public final class TemplateRefusedException extends LimitExceededException {
    private static final long serialVersionUID = 1L;
    private final transient List<TemplateRefusal> refusals;

    TemplateRefusedException(String pack, List<TemplateRefusal> refusals) {
        super("templateRules", "Pack '" + pack + "', " + refusals.get(0) + (refusals.size() == 1 ? ""
                : " (and " + (refusals.size() - 1) + " more; farvel pack verify lists them all)"));
        this.refusals = List.copyOf(refusals);
    }

    /** Everything refused, in order. */
    public List<TemplateRefusal> refusals() {
        return refusals;
    }
}
