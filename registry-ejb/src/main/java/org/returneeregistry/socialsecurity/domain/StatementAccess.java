package org.returneeregistry.socialsecurity.domain;

import java.util.Set;
import org.returneeregistry.shared.domain.Role;

/**
 * Who may issue and read a returnee's signed statement of periods abroad: a registrar or a social security officer
 * of the registry's operator — the institution that answers for the statement. A partner institution, a ministry, a
 * mission or anyone of another organisation may not, whatever else they may read. The read of the returnee's data
 * the statement carries is then decided and logged by the consent decision point like every read.
 */
public final class StatementAccess {

    private StatementAccess() {}

    /** The answer with its reason, for the refusal's text. */
    public record Decision(boolean permitted, String reason) {}

    public static Decision decide(Set<Role> roles, boolean operator) {
        if (!roles.contains(Role.REGISTRAR) && !roles.contains(Role.SOCIAL_SECURITY_OFFICER)) {
            return new Decision(false, "only a registrar or a social security officer issues statements");
        }
        if (!operator) {
            return new Decision(false, "statements are issued by the registry's operator alone");
        }
        return new Decision(true, "a registrar or social security officer of the operator");
    }
}
