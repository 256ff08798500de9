package org.returneeregistry.reintegration.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a reported return opens a reintegration case: on every return, or only on one with urgent
 * needs or signs of vulnerability (configured, {@code registry.cases.open-on}). A returnee with an
 * open case gets no second one. A return reported as the repatriation of remains opens none: there is
 * no living returnee to support.
 */
public final class CaseOpeningRule {

    /** When cases open. */
    public enum Mode {
        EVERY_RETURN,
        NEEDS_OR_VULNERABILITY
    }

    /** Return modalities that signal vulnerability by themselves. */
    static final Set<String> VULNERABLE_MODALITIES =
            Set.of("DISTRESS_RESCUE", "DEPORTATION", "EXPULSION", "MEDICAL", "EARLY_TERMINATION");

    /** Pending claims that signal vulnerability (wages owed, compensation for an injury). */
    static final Set<String> VULNERABLE_CLAIMS = Set.of("UNPAID_WAGES", "COMPENSATION");

    /** Why a case opens or not. */
    public enum Decision {
        OPEN_EVERY_RETURN(true),
        OPEN_URGENT_NEEDS(true),
        OPEN_VULNERABILITY(true),
        NO_NEEDS_OR_VULNERABILITY(false),
        ALREADY_OPEN(false),
        NO_LIVING_RETURNEE(false);

        private final boolean opens;

        Decision(boolean opens) {
            this.opens = opens;
        }

        public boolean opens() {
            return opens;
        }
    }

    private CaseOpeningRule() {}

    /**
     * @param modality     the return-modality code, null for a registration without a reported return
     * @param urgentNeeds  urgent-need codes reported
     * @param claims       pending-claim-type codes reported
     * @param alreadyOpen  whether the returnee has an open case
     */
    public static Decision decide(
            Mode mode,
            String modality,
            Collection<String> urgentNeeds,
            Collection<String> claims,
            boolean alreadyOpen) {
        if (alreadyOpen) {
            return Decision.ALREADY_OPEN;
        }
        if ("DEATH_REPATRIATION_OF_REMAINS".equals(modality)) {
            return Decision.NO_LIVING_RETURNEE;
        }
        if (mode == Mode.EVERY_RETURN) {
            return Decision.OPEN_EVERY_RETURN;
        }
        if (urgentNeeds.stream().anyMatch(n -> !"REPATRIATION_OF_REMAINS".equals(n))) {
            return Decision.OPEN_URGENT_NEEDS;
        }
        if ((modality != null && VULNERABLE_MODALITIES.contains(modality))
                || claims.stream().anyMatch(VULNERABLE_CLAIMS::contains)) {
            return Decision.OPEN_VULNERABILITY;
        }
        return Decision.NO_NEEDS_OR_VULNERABILITY;
    }
}
