package org.returneeregistry.agreement.application;

import org.returneeregistry.shared.application.InputValidation;

/**
 * Port: the registry's outbound-address policy, which the exchange context owns and applies to every
 * address it sends to (encrypted transport only, no internal addresses, the operator's exceptions in
 * {@code registry.exchange.allowed-insecure-hosts}). A partner institution's endpoint must pass it when it is
 * set, like a delivery endpoint; the exchange context implements this port, so the rule is written once.
 */
public interface EndpointAddresses {

    /**
     * Adds a violation of {@code field} when the host of this absolute http(s) URL may not receive the
     * registry's messages.
     */
    void check(InputValidation validation, String field, java.net.URI url);
}
