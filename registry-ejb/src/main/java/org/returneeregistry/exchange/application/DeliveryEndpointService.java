package org.returneeregistry.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.DeliveryEndpointRepository;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * Where each organisation takes its messages. Only the registry's administrators set or read them: an
 * endpoint decides where personal data goes, so it must be https or MLLP over TLS and a public address
 * ({@link DeliveryEndpointRules}) unless the operator's configuration allows the host. Setting one releases the organisation's messages that were
 * waiting for an endpoint of their channel; they are due at once.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRY_ADMIN)
public class DeliveryEndpointService {

    @Inject
    private DeliveryEndpointRepository endpoints;

    @Inject
    private OutboxRepository messages;

    @EJB
    private OrganisationDirectory organisations;

    @EJB
    private CallerContext caller;

    @Inject
    private Validator validator;

    @Inject
    private OutboxSettings settings;

    @Inject
    private Clock clock;

    /** Replaces the organisation's endpoints; all violations are reported at once, nothing is stored then. */
    @AuditOperation("DELIVERY_ENDPOINT_SET")
    public DeliveryEndpointView set(String organisationCode, SetDeliveryEndpoint command) {
        InputValidation validation = InputValidation.of(validator, command);
        DeliveryEndpointRules.check(
                validation, organisationCode, command, settings.destinations(), DeliveryEndpointRules::resolveNow);
        validation.throwIfInvalid();
        requireKnown(organisationCode);
        DeliveryEndpoint endpoint = endpoints.find(organisationCode).orElseGet(() -> {
            DeliveryEndpoint created = new DeliveryEndpoint(organisationCode);
            endpoints.add(created);
            return created;
        });
        Instant now = clock.instant();
        endpoint.change(
                command.pushUrl(),
                command.mllpHost(),
                command.mllpPort(),
                caller.actor().display(),
                now);
        for (OutboxMessage waiting : messages.awaitingEndpoint(organisationCode)) {
            if (endpoint.serves(waiting.channel())) {
                waiting.endpointConfigured(now);
            }
        }
        return view(organisationCode, endpoint);
    }

    @AuditOperation("DELIVERY_ENDPOINT_READ")
    public DeliveryEndpointView get(String organisationCode) {
        InputValidation validation = InputValidation.of(validator, new SetDeliveryEndpoint(null, null, null));
        DeliveryEndpointRules.check(
                validation,
                organisationCode,
                new SetDeliveryEndpoint(null, null, null),
                settings.destinations(),
                DeliveryEndpointRules::resolveNow);
        validation.throwIfInvalid();
        requireKnown(organisationCode);
        return view(organisationCode, endpoints.find(organisationCode).orElse(null));
    }

    private void requireKnown(String organisationCode) {
        if (organisations.status(organisationCode).isEmpty()) {
            throw RegistryException.notFound("Organisation " + organisationCode);
        }
    }

    private static DeliveryEndpointView view(String code, DeliveryEndpoint e) {
        return e == null
                ? new DeliveryEndpointView(code, null, null, null, null, null)
                : new DeliveryEndpointView(code, e.pushUrl(), e.mllpHost(), e.mllpPort(), e.updatedAt(), e.updatedBy());
    }
}
