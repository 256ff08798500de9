package org.returneeregistry.organisation.domain;

import java.util.EnumSet;
import java.util.Set;
import org.returneeregistry.shared.domain.Role;

/**
 * What kind of organisation it is, which decides the roles it may hold: a mission submits return
 * notifications, a ministry integrates as a system (and a social security ministry decides claims),
 * a partner institution exchanges under an agreement, a migrant resource centre's registrars keep the
 * reintegration cases of its district, and only the registry's operator registers,
 * audits and administers. Keeping the roles per type here stops a grant that the type cannot justify.
 */
public enum OrganisationType {
    MISSION(EnumSet.of(Role.MISSION_OFFICER), EnumSet.of(Role.MISSION_OFFICER), true),
    MINISTRY(EnumSet.of(Role.MINISTRY_SYSTEM, Role.SOCIAL_SECURITY_OFFICER), EnumSet.of(Role.MINISTRY_SYSTEM), true),
    PARTNER_INSTITUTION(EnumSet.of(Role.PARTNER_INSTITUTION), EnumSet.of(Role.PARTNER_INSTITUTION), true),
    /**
     * A migrant resource centre serving one district at home: its registrars are the case workers of the
     * reintegration cases it holds (docs/case-management.md).
     */
    MIGRANT_RESOURCE_CENTRE(EnumSet.of(Role.REGISTRAR), EnumSet.of(Role.REGISTRAR), true),
    /** The registry's own organisation; its people are identity-provider users, it has no system client. */
    REGISTRY_OPERATOR(
            EnumSet.of(Role.REGISTRAR, Role.AUDITOR, Role.REGISTRY_ADMIN, Role.SOCIAL_SECURITY_OFFICER),
            EnumSet.of(Role.REGISTRAR, Role.AUDITOR, Role.REGISTRY_ADMIN, Role.SOCIAL_SECURITY_OFFICER),
            false);

    public static final int LENGTH = 32;

    private final Set<Role> allowedRoles;
    private final Set<Role> defaultRoles;
    private final boolean hasSystemClient;

    OrganisationType(Set<Role> allowedRoles, Set<Role> defaultRoles, boolean hasSystemClient) {
        this.allowedRoles = Set.copyOf(allowedRoles);
        this.defaultRoles = Set.copyOf(defaultRoles);
        this.hasSystemClient = hasSystemClient;
    }

    public Set<Role> allowedRoles() {
        return allowedRoles;
    }

    /** The roles an organisation of this type gets when none are named. */
    public Set<Role> defaultRoles() {
        return defaultRoles;
    }

    public boolean allows(Role role) {
        return allowedRoles.contains(role);
    }

    /** Whether organisations of this type get a system client in the identity provider. */
    public boolean hasSystemClient() {
        return hasSystemClient;
    }
}
