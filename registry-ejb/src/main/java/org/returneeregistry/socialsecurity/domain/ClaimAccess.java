package org.returneeregistry.socialsecurity.domain;

import java.util.Objects;

/**
 * Who may see and act on a portability claim. Social security officers act on the claims of their own
 * institution (the home institution that opened them); a partner institution sees the claims addressed to it and
 * nothing else, and never moves one (its part is the certified answer over the signed exchange). Everyone else
 * sees nothing — a claim they may not see is answered as unknown, so its existence does not leak.
 */
public final class ClaimAccess {

    /** What the caller may do with one claim. */
    public enum Grant {
        NONE,
        READ,
        ACT
    }

    private ClaimAccess() {}

    /**
     * The grant of a caller acting for {@code organisation}, officer or partner by its roles, on a claim opened
     * by {@code homeInstitution} and addressed to {@code partnerInstitution}.
     */
    public static Grant of(
            boolean officer, boolean partner, String organisation, String homeInstitution, String partnerInstitution) {
        return of(officer, partner, organisation, homeInstitution, java.util.List.of(partnerInstitution));
    }

    /**
     * The grant of a caller acting for {@code organisation} on a claim opened by {@code homeInstitution} and
     * addressed to each of {@code partnerInstitutions}: every partner asked reads the claim, none acts on it.
     */
    public static Grant of(
            boolean officer,
            boolean partner,
            String organisation,
            String homeInstitution,
            java.util.Collection<String> partnerInstitutions) {
        if (organisation == null) {
            return Grant.NONE;
        }
        if (officer && Objects.equals(organisation, homeInstitution)) {
            return Grant.ACT;
        }
        if (partner && partnerInstitutions.contains(organisation)) {
            return Grant.READ;
        }
        return Grant.NONE;
    }
}
