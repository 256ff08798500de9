package org.returneeregistry.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.organisation.persistence.OrganisationRepository;
import org.returneeregistry.shared.domain.Role;

/**
 * What the other contexts ask about registered organisations: their status, their roles, their type and
 * country. It answers the checks those contexts make inside their own business calls (and the check of
 * every caller's organisation before a call runs), so it is not a service of its own: no roles, no audit
 * entry. The web module never calls it; what a protocol asks about organisations is
 * {@link OrganisationService}'s, with roles and audit.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganisationDirectory {

    @Inject
    private OrganisationRepository organisations;

    /**
     * The status of the organisation with this code; empty when there is none (or the text is no code).
     * Asked on every authenticated call, so it reads one column through the code's unique index.
     */
    public Optional<OrganisationStatus> status(String code) {
        return OrganisationCode.parse(code).flatMap(organisations::statusOf);
    }

    /**
     * Whether the organisation with this code was registered with {@code role} for its systems; false
     * when there is none. For other contexts' checks of who may receive what.
     */
    public boolean holdsRole(String code, Role role) {
        return OrganisationCode.parse(code)
                .flatMap(organisations::find)
                .filter(o -> o.roles().contains(role))
                .isPresent();
    }

    /**
     * The organisation with this code as a summary (its type and country decide, for instance, whether
     * it is a foreign recipient); empty when there is none.
     */
    public Optional<OrganisationSummary> registered(String code) {
        return OrganisationCode.parse(code).flatMap(organisations::find).map(OrganisationService::summary);
    }

    /**
     * The active migrant resource centre serving the district, the first by code when several do; empty
     * when none does or no district is known.
     */
    public Optional<String> resourceCentreServing(String district) {
        if (district == null || district.isBlank()) {
            return Optional.empty();
        }
        return organisations.activeCentresServing(district.strip()).stream()
                .findFirst()
                .map(o -> o.code().value());
    }

    /** Whether the organisation with this code is an active migrant resource centre. */
    public boolean isActiveResourceCentre(String code) {
        return OrganisationCode.parse(code)
                .flatMap(organisations::find)
                .filter(o ->
                        o.type() == org.returneeregistry.organisation.domain.OrganisationType.MIGRANT_RESOURCE_CENTRE
                                && o.status() == OrganisationStatus.ACTIVE)
                .isPresent();
    }
}
