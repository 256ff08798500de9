package org.returneeregistry.organisation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * An organisation whose people or systems use the registry: a mission abroad, a ministry, a partner
 * institution, or the registry's operator.
 *
 * <p>Its roles are bounded by its type, so a mission can never be granted what only a ministry or the
 * operator may do. Suspension cuts the organisation off without forgetting it: everything it did stays
 * attributable, and reinstatement restores it. Each of these acts is kept as an event with actor and
 * reason, because an auditor must be able to tell who was allowed in, and since when. The operator
 * organisation cannot be suspended: it is the one that suspends and reinstates the others.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_LENGTH = 200;
    public static final int COUNTRY_LENGTH = 3;
    public static final int ROLE_LENGTH = 32;
    public static final int ACCOUNT_ID_LENGTH = 64;
    /** The length of a district's name, as a returnee's home district. */
    public static final int DISTRICT_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Embedded
    private OrganisationCode code;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", length = OrganisationType.LENGTH, nullable = false, updatable = false)
    private OrganisationType type;

    @Column(name = "country", length = COUNTRY_LENGTH, nullable = false)
    private String country;

    @ElementCollection
    @CollectionTable(name = "organisation_role", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = ROLE_LENGTH, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "district", length = DISTRICT_LENGTH, updatable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = OrganisationStatus.LENGTH, nullable = false)
    private OrganisationStatus status;

    @Column(name = "client_id", length = OrganisationCode.LENGTH, unique = true, updatable = false)
    private String clientId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The identity provider's accounts (people) that the current suspension disabled, so that a
     * reinstatement enables exactly these again and not an account disabled for its own reasons.
     */
    @ElementCollection
    @CollectionTable(name = "organisation_suspended_account", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id", length = ACCOUNT_ID_LENGTH, nullable = false)
    private Set<String> suspendedAccounts = new HashSet<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<OrganisationEvent> events = new ArrayList<>();

    protected Organisation() {
        // JPA
    }

    /**
     * Registers an active organisation. No roles named means the type's default roles; a role the
     * type does not allow is refused. Organisations of a type with a system client get the client id
     * derived from their code.
     */
    public static Organisation register(
            OrganisationCode code,
            String name,
            OrganisationType type,
            String country,
            Set<Role> roles,
            Actor actor,
            Instant at,
            String reason) {
        return register(code, name, type, country, null, roles, actor, at, reason);
    }

    /**
     * Registers an active organisation; a migrant resource centre names the district it serves, which
     * no other type has.
     */
    public static Organisation register(
            OrganisationCode code,
            String name,
            OrganisationType type,
            String country,
            String district,
            Set<Role> roles,
            Actor actor,
            Instant at,
            String reason) {
        if ((type == OrganisationType.MIGRANT_RESOURCE_CENTRE) != (district != null)) {
            throw new IllegalArgumentException("a migrant resource centre, and only one, names the district it serves");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Set<Role> granted = roles == null || roles.isEmpty() ? type.defaultRoles() : roles;
        List<Violation> refused = granted.stream()
                .filter(r -> !type.allows(r))
                .sorted()
                .map(r -> new Violation(
                        "roles",
                        "RoleAllowedForType",
                        "an organisation of type " + type + " cannot hold the role " + r.roleName() + "; it may hold "
                                + names(type.allowedRoles())))
                .toList();
        if (!refused.isEmpty()) {
            throw RegistryException.invalid(refused);
        }
        Organisation o = new Organisation();
        o.code = code;
        o.name = Objects.requireNonNull(name, "name");
        o.type = type;
        o.country = Objects.requireNonNull(country, "country");
        o.district = district;
        o.roles = EnumSet.copyOf(granted);
        o.status = OrganisationStatus.ACTIVE;
        o.clientId = type.hasSystemClient() ? code.clientId() : null;
        o.registeredAt = at;
        o.updatedAt = at;
        o.record(OrganisationEventType.REGISTERED, actor, at, reason);
        return o;
    }

    /** Cuts the organisation off: its people and systems can no longer act in the registry. */
    public void suspend(String reason, Actor actor, Instant at) {
        if (type == OrganisationType.REGISTRY_OPERATOR) {
            throw new RegistryException(
                    ErrorCode.ORGANISATION_STATUS_CONFLICT,
                    "The registry's operator organisation cannot be suspended.");
        }
        if (status == OrganisationStatus.SUSPENDED) {
            throw new RegistryException(
                    ErrorCode.ORGANISATION_STATUS_CONFLICT, "Organisation " + code + " is already suspended.");
        }
        status = OrganisationStatus.SUSPENDED;
        updatedAt = at;
        record(OrganisationEventType.SUSPENDED, actor, at, reason);
    }

    /** Remembers the accounts the identity provider disabled for this suspension. */
    public void accountsDisabledBySuspension(Collection<String> accountIds) {
        if (status != OrganisationStatus.SUSPENDED) {
            throw new IllegalStateException("Organisation " + code + " is not suspended");
        }
        suspendedAccounts.addAll(accountIds);
    }

    /**
     * Lets a suspended organisation act again. Answers the accounts its suspension disabled, which are
     * to be enabled again, and forgets them.
     */
    public Set<String> reinstate(String reason, Actor actor, Instant at) {
        if (status == OrganisationStatus.ACTIVE) {
            throw new RegistryException(
                    ErrorCode.ORGANISATION_STATUS_CONFLICT,
                    "Organisation " + code + " is active; only a suspended organisation can be reinstated.");
        }
        status = OrganisationStatus.ACTIVE;
        updatedAt = at;
        record(OrganisationEventType.REINSTATED, actor, at, reason);
        Set<String> accounts = Set.copyOf(suspendedAccounts);
        suspendedAccounts.clear();
        return accounts;
    }

    private void record(OrganisationEventType event, Actor actor, Instant at, String reason) {
        events.add(new OrganisationEvent(this, events.size() + 1, event, at, actor, reason));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    }

    public OrganisationCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String country() {
        return country;
    }

    /** The district a migrant resource centre serves; null for every other type. */
    public String district() {
        return district;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public OrganisationStatus status() {
        return status;
    }

    /** The id of the organisation's system client in the identity provider; none for the operator. */
    public String clientId() {
        return clientId;
    }

    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<OrganisationEvent> events() {
        return List.copyOf(events);
    }
}
