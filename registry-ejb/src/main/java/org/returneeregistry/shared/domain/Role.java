package org.returneeregistry.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registry's roles, as Keycloak realm roles in the token's {@code groups} claim. The constants
 * are what {@code @RolesAllowed} names; the enum lists them for provisioning and validation.
 */
public enum Role {
    REGISTRAR(Role.Names.REGISTRAR),
    MISSION_OFFICER(Role.Names.MISSION_OFFICER),
    MINISTRY_SYSTEM(Role.Names.MINISTRY_SYSTEM),
    PARTNER_INSTITUTION(Role.Names.PARTNER_INSTITUTION),
    SOCIAL_SECURITY_OFFICER(Role.Names.SOCIAL_SECURITY_OFFICER),
    AUDITOR(Role.Names.AUDITOR),
    REGISTRY_ADMIN(Role.Names.REGISTRY_ADMIN);

    /** Role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String REGISTRAR = "registrar";
        public static final String MISSION_OFFICER = "mission-officer";
        public static final String MINISTRY_SYSTEM = "ministry-system";
        public static final String PARTNER_INSTITUTION = "partner-institution";
        public static final String SOCIAL_SECURITY_OFFICER = "social-security-officer";
        public static final String AUDITOR = "auditor";
        public static final String REGISTRY_ADMIN = "registry-admin";

        private Names() {
        }
    }

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> of(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
