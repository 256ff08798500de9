package org.returneeregistry.reintegration.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * Whether an organisation may receive referrals: it must be registered and active, as the
 * organisation context knows it, and its systems must hold the ministry-system role — the role that
 * lists, accepts and declines referrals. A referral to any other organisation would go unread.
 */
@ApplicationScoped
public class Recipients {

    @EJB
    private OrganisationDirectory organisations;

    /** Refuses an unknown organisation as invalid input and a suspended one as unavailable. */
    public void requireActive(String field, String code) {
        OrganisationStatus status = organisations
                .status(code)
                .orElseThrow(() -> RegistryException.invalid(List.of(new Violation(
                        field,
                        "RegisteredOrganisation",
                        "must be an organisation registered with the registry;" + " " + code + " is not"))));
        if (!organisations.holdsRole(code, Role.MINISTRY_SYSTEM)) {
            throw RegistryException.invalid(List.of(new Violation(
                    field,
                    "RecipientRole",
                    "must be an organisation"
                            + " whose systems hold the ministry-system role, which receives referrals; " + code
                            + " does not")));
        }
        if (status != OrganisationStatus.ACTIVE) {
            throw new RegistryException(
                    ErrorCode.REFERRAL_RECIPIENT_UNAVAILABLE,
                    "Organisation " + code + " is suspended and cannot receive referrals until it is reinstated.");
        }
    }

    /** True when the organisation could receive a referral now: active, with the ministry-system role. */
    public boolean isActive(String code) {
        return organisations
                        .status(code)
                        .filter(s -> s == OrganisationStatus.ACTIVE)
                        .isPresent()
                && organisations.holdsRole(code, Role.MINISTRY_SYSTEM);
    }
}
