package no.farvel.core.guide.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.farvel.localization.LetterLocale;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.FindingCodes;

/** The completeness rules: what a letter must state, judged on the model alone. Stateless and thread-safe. */
public final class ModelRules {
    private final GuideMessages messages;
    private final MoneyRules money;

    public ModelRules(GuideMessages messages, MoneyRules money) {
        this.messages = messages;
        this.money = money;
    }

    public List<Finding> check(Termination t) {
        List<Finding> findings = new ArrayList<>();
        LetterLocale locale = t.locale();
        LocalDate effective = t.effectiveDate();
        if (effective == null) {
            findings.add(finding(locale, FindingCodes.MISSING_EFFECTIVE_DATE, "effectiveDate"));
        } else if (effective.isBefore(t.letterDate())) {
            findings.add(finding(locale, FindingCodes.EFFECTIVE_BEFORE_LETTER, "effectiveDate", effective,
                    t.letterDate()));
        } else if (!t.forCause() && t.earliestEffectiveDate().filter(effective::isBefore).isPresent()) {
            findings.add(finding(locale, FindingCodes.NOTICE_PERIOD_SHORT, "effectiveDate", effective,
                    t.contract().noticePeriod(), t.earliestEffectiveDate().get()));
        }
        if (t.provider() != null && (t.provider().orgNumber() == null || t.provider().orgNumber().isBlank())) {
            findings.add(finding(locale, FindingCodes.PROVIDER_WITHOUT_ORG_NUMBER, "provider.orgNumber"));
        }
        reasons(t, findings);
        steps(t, findings);
        windDown(t, findings);
        findings.addAll(money.paymentDetails(t));
        if (!t.closing().thanks()) {
            findings.add(finding(locale, FindingCodes.NO_THANKS, "closing.thanks"));
        }
        if (!t.closing().wishWell()) {
            findings.add(finding(locale, FindingCodes.NO_GOOD_WISHES, "closing.wishWell"));
        }
        return findings;
    }

    private void reasons(Termination t, List<Finding> findings) {
        if (t.reasons().stream().allMatch(r -> r == null)) {
            findings.add(finding(t.locale(), FindingCodes.MISSING_REASON, "reasons"));
            return;
        }
        for (int i = 0; i < t.reasons().size(); i++) {
            Reason reason = t.reasons().get(i);
            if (reason != null && reason.type() == ReasonType.OTHER
                    && (reason.detail() == null || reason.detail().isBlank())) {
                findings.add(finding(t.locale(), FindingCodes.REASON_WITHOUT_DETAIL, "reasons[" + i + "].detail"));
            }
        }
    }

    private void steps(Termination t, List<Finding> findings) {
        if (t.stepsTaken().stream().allMatch(s -> s == null)) {
            findings.add(finding(t.locale(), FindingCodes.NO_STEPS_TAKEN, "stepsTaken"));
            return;
        }
        for (int i = 0; i < t.stepsTaken().size(); i++) {
            StepTaken step = t.stepsTaken().get(i);
            if (step != null && step.date() != null && step.date().isAfter(t.letterDate())) {
                findings.add(finding(t.locale(), FindingCodes.STEP_AFTER_LETTER, "stepsTaken[" + i + "].date",
                        step.date(), t.letterDate()));
            }
        }
    }

    private void windDown(Termination t, List<Finding> findings) {
        Transition transition = t.transition();
        if (t.finalInvoices().isEmpty() && t.refunds().isEmpty() && transition == null) {
            findings.add(finding(t.locale(), FindingCodes.NO_WIND_DOWN, "$"));
        }
        if (transition != null && transition.handoverBy() != null && t.effectiveDate() != null
                && transition.handoverBy().isBefore(t.effectiveDate())) {
            findings.add(finding(t.locale(), FindingCodes.HANDOVER_BEFORE_EFFECTIVE, "transition.handoverBy",
                    transition.handoverBy(), t.effectiveDate()));
        }
    }

    private Finding finding(LetterLocale locale, String code, String location, Object... args) {
        return new Finding(FindingCodes.severityOf(code), code, location, messages.text(locale, code, args),
                messages.text(LetterLocale.EN, code, args), null);
    }
}
