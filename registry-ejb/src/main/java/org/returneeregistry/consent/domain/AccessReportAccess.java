package org.returneeregistry.consent.domain;

import java.util.Set;
import org.returneeregistry.shared.domain.Role;

/**
 * Who may produce a returnee's access report — the list of every decision on reading their data, permits and
 * refusals: an auditor, in oversight; a registrar of the registry's operator or of a migrant resource centre, at the
 * returnee's (or their representative's) request. Nobody else: the organisations that read the data do not learn
 * who else read it, and a mission, a ministry, a partner institution or an administrator has no part in a data
 * subject's request.
 */
public final class AccessReportAccess {

    private AccessReportAccess() {}

    /** Where the caller works, as far as the rule cares. */
    public enum Workplace {
        OPERATOR,
        RESOURCE_CENTRE,
        OTHER
    }

    /** The answer with its reason, for the refusal's text. */
    public record Decision(boolean permitted, String reason) {}

    public static Decision decide(Set<Role> roles, Workplace workplace) {
        if (roles.contains(Role.AUDITOR)) {
            return new Decision(true, "an auditor, in oversight");
        }
        if (!roles.contains(Role.REGISTRAR)) {
            return new Decision(false, "only an auditor or a registrar produces a returnee's access report");
        }
        if (workplace == Workplace.OTHER) {
            return new Decision(
                    false, "a registrar produces access reports at the operator or a migrant resource centre only");
        }
        return new Decision(true, "a registrar, at the returnee's request");
    }
}
