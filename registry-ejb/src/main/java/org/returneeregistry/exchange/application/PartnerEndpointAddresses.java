package org.returneeregistry.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.returneeregistry.agreement.application.EndpointAddresses;
import org.returneeregistry.shared.application.InputValidation;

/**
 * The agreement context's {@link EndpointAddresses}: a partner institution's endpoint is held to the same
 * destination policy as a delivery endpoint ({@link DeliveryEndpointRules}, {@code DestinationPolicy}).
 */
@ApplicationScoped
public class PartnerEndpointAddresses implements EndpointAddresses {

    @Inject
    private OutboxSettings settings;

    @Override
    public void check(InputValidation validation, String field, URI url) {
        DeliveryEndpointRules.destination(
                validation,
                field,
                url.getHost(),
                "https".equals(url.getScheme().toLowerCase(Locale.ROOT)),
                settings.destinations(),
                DeliveryEndpointRules::resolveNow);
    }
}
