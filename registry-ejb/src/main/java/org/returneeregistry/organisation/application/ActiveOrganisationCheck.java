package org.returneeregistry.organisation.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.application.CallerIdentified;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Refuses every business call of a caller whose organisation the registry does not know or has
 * suspended. Asked before each call runs, against the registry's own record — not the token,
 * which stays valid until it expires — so a suspension stops an organisation at once. The answer
 * is kept for {@code registry.organisations.status-ttl} (default one second; {@code PT0S} reads
 * the record on every call) and forgotten when this server changes the organisation
 * ({@link OrganisationStanding}).
 */
@ApplicationScoped
public class ActiveOrganisationCheck {

    @EJB
    private OrganisationDirectory organisations;

    @Inject
    @ConfigProperty(name = "registry.organisations.status-ttl", defaultValue = "PT1S")
    String ttl;

    private OrganisationStanding standing;

    @PostConstruct
    void start() {
        standing = new OrganisationStanding(Duration.parse(ttl), System::nanoTime);
    }

    void check(@Observes CallerIdentified caller) {
        String code = caller.actor().organisation();
        OrganisationStatus status = status(code)
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

    /**
     * The status of the organisation with this code, empty when there is none: as {@link
     * OrganisationDirectory#status}, kept for a moment. For the checks other contexts make of a caller's
     * organisation on every call.
     */
    public Optional<OrganisationStatus> status(String code) {
        return standing.status(code, organisations::status);
    }

    /** The organisation's status changes (or may) in the current transaction: forget it now and when it ends. */
    void changing(String code) {
        standing.forget(code);
    }
}
