package org.returneeregistry.organisation.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.application.CallerIdentified;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Refuses every business call of a caller whose organisation the registry does not know or has
 * suspended. Asked before each call runs, against the registry's own record — not the token,
 * which stays valid until it expires — so a suspension stops an organisation at once.
 */
@ApplicationScoped
public class ActiveOrganisationCheck {

    @EJB
    private OrganisationDirectory organisations;

    void check(@Observes CallerIdentified caller) {
        String code = caller.actor().organisation();
        OrganisationStatus status = organisations
                .status(code)
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.UNKNOWN_ORGANISATION,
                        "The token names organisation " + code + ", which is not registered with the registry."));
        if (status != OrganisationStatus.ACTIVE) {
            throw new RegistryException(
                    ErrorCode.ORGANISATION_SUSPENDED,
                    "Organisation " + code
                            + " is suspended; its people and systems cannot use the registry until it is reinstated.");
        }
    }
}
