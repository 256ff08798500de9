package org.returneeregistry.organisation.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.Role;

/**
 * The rules of organisation input that Bean Validation cannot express: type and status names, role
 * names, the roles a type allows, and that the operator organisation is never registered over the API.
 */
public final class OrganisationRules {

    private static final Set<OrganisationType> REGISTRABLE =
            EnumSet.complementOf(EnumSet.of(OrganisationType.REGISTRY_OPERATOR));

    private OrganisationRules() {}

    /** Adds the violations of a registration beyond its Bean Validation constraints. */
    public static void check(InputValidation validation, RegisterOrganisation command) {
        Optional<OrganisationType> type = typeOf(command.type());
        validation.check(
                command.type() != null && type.isEmpty(),
                "type",
                "OrganisationType",
                "must be one of " + names(REGISTRABLE));
        validation.check(
                type.filter(t -> t == OrganisationType.REGISTRY_OPERATOR).isPresent(),
                "type",
                "OneOperator",
                "the registry's operator organisation is created when the registry starts; there is exactly one");
        boolean centre =
                type.filter(t -> t == OrganisationType.MIGRANT_RESOURCE_CENTRE).isPresent();
        validation.check(
                centre && command.district() == null,
                "district",
                "DistrictServed",
                "a migrant resource centre names the district it serves");
        validation.check(
                type.isPresent() && !centre && command.district() != null,
                "district",
                "DistrictServed",
                "only a migrant resource centre serves a district");
        for (int i = 0; i < command.roles().size(); i++) {
            String name = command.roles().get(i);
            if (name == null) {
                continue;
            }
            Optional<Role> role = Role.of(name);
            String field = "roles[" + i + "]";
            validation.check(
                    role.isEmpty(),
                    field,
                    "Role",
                    "must be one of "
                            + Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.joining(", ")));
            if (role.isPresent() && type.isPresent() && REGISTRABLE.contains(type.get())) {
                OrganisationType t = type.get();
                validation.check(
                        !t.allows(role.get()),
                        field,
                        "RoleAllowedForType",
                        "an organisation of type " + t
                                + " may hold only "
                                + t.allowedRoles().stream()
                                        .sorted()
                                        .map(Role::roleName)
                                        .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Adds a violation when a type filter names no type. */
    public static void checkType(InputValidation validation, String field, String type) {
        validation.check(
                type != null && typeOf(type).isEmpty(),
                field,
                "OrganisationType",
                "must be one of " + names(EnumSet.allOf(OrganisationType.class)));
    }

    /** Adds a violation when a status filter names no status. */
    public static void checkStatus(InputValidation validation, String field, String status) {
        validation.check(
                status != null && statusOf(status).isEmpty(),
                field,
                "OrganisationStatus",
                "must be one of " + names(EnumSet.allOf(OrganisationStatus.class)));
    }

    static Optional<OrganisationType> typeOf(String name) {
        return Arrays.stream(OrganisationType.values())
                .filter(t -> t.name().equals(name))
                .findFirst();
    }

    static Optional<OrganisationStatus> statusOf(String name) {
        return Arrays.stream(OrganisationStatus.values())
                .filter(s -> s.name().equals(name))
                .findFirst();
    }

    /** The roles named, as a set; the caller has checked them. */
    static Set<Role> roles(RegisterOrganisation command) {
        return command.roles().stream()
                .map(r -> Role.of(r).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
