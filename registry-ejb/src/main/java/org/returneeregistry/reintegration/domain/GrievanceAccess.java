package org.returneeregistry.reintegration.domain;

import java.util.Set;

/**
 * Who may see and handle which grievance, as a pure rule. The operator's registrars see and handle every
 * grievance. A resource centre's registrars see and handle those received at their centre, except those about
 * the conduct of staff or discrimination, which may concern that very centre: the operator's registrars alone
 * see those once recorded. No one else sees any grievance (other centres, ministries, missions are not
 * registrars of the case system or are refused by role).
 */
public final class GrievanceAccess {

    /** Categories the receiving centre may not see: they may be about its own staff. */
    public static final Set<String> OPERATOR_ONLY = Set.of("STAFF_CONDUCT", "DISCRIMINATION");

    private GrievanceAccess() {}

    public static boolean maySee(
            boolean operatorCaller, String callerOrganisation, String receivedAt, String category) {
        if (operatorCaller) {
            return true;
        }
        return callerOrganisation != null && callerOrganisation.equals(receivedAt) && !OPERATOR_ONLY.contains(category);
    }
}
