package org.returneeregistry.reintegration.domain;

/**
 * Who may see and work a case: the operator's registrars every case (they keep the record and place
 * the cases no centre holds); a resource centre's registrars the cases their centre holds, and no
 * other — to them another centre's case does not exist. Reading the screening's special-category answers
 * is not decided here but by the consent decision point, for the case worker alone.
 */
public final class CaseAccess {

    private CaseAccess() {}

    /**
     * @param operator whether the caller is a registrar of the registry's operator
     * @param callerOrganisation the organisation of the caller's token
     * @param centre the resource centre holding the case, null when none does
     */
    public static boolean mayWork(boolean operator, String callerOrganisation, String centre) {
        return operator || (centre != null && centre.equals(callerOrganisation));
    }
}
