package org.returneeregistry.socialsecurity.domain;

import java.util.Set;
import org.returneeregistry.shared.domain.Role;

/**
 * Who may read a claim's decision notices: the social security officers of the institution that runs the claim
 * (its home institution), and the registrars of the registry's operator, who hand the returnee their documents. A
 * partner institution may not, even one the claim asked: it was told the decision in its own signed message. The
 * read of the returnee's data a notice carries is then decided and logged by the consent decision point.
 */
public final class NoticeAccess {

    private NoticeAccess() {}

    /** The answer with its reason, for the refusal's text. */
    public record Decision(boolean permitted, String reason) {}

    /**
     * @param homeInstitution the caller's organisation is the claim's home institution
     * @param operator the caller's organisation is the registry's operator
     */
    public static Decision decide(Set<Role> roles, boolean homeInstitution, boolean operator) {
        if (roles.contains(Role.SOCIAL_SECURITY_OFFICER) && homeInstitution) {
            return new Decision(true, "a social security officer of the claim's home institution");
        }
        if (roles.contains(Role.REGISTRAR) && operator) {
            return new Decision(true, "a registrar of the registry's operator");
        }
        if (roles.contains(Role.PARTNER_INSTITUTION)) {
            return new Decision(
                    false, "a partner institution is told a decision in its own signed message, not the notice");
        }
        return new Decision(
                false,
                "only the claim's home institution's officers and the operator's registrars read its decision notices");
    }
}
