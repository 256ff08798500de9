package org.returneeregistry.exchange.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.DestinationPolicy;

/**
 * The {@link DestinationPolicy} applied just before a connection is opened, with the host resolved now (an
 * endpoint that was public when it was set may resolve to an internal address later). Answers the failure
 * that stops the attempt, if any.
 */
public final class DestinationCheck {

    private DestinationCheck() {
    }

    public static Optional<DeliveryOutcome> refusal(DestinationPolicy policy, String host, boolean encrypted) {
        DestinationPolicy.Decision transport = policy.transport(host, encrypted);
        if (!transport.allowed()) {
            return Optional.of(DeliveryOutcome.failed(DeliveryOutcome.Failure.DESTINATION_REFUSED,
                    host + ": " + transport.explanation()));
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.of(DeliveryOutcome.failed(DeliveryOutcome.Failure.NO_ANSWER, host + " does not resolve"));
        }
        DestinationPolicy.Decision where = policy.addresses(host, addresses);
        if (!where.allowed()) {
            return Optional.of(DeliveryOutcome.failed(DeliveryOutcome.Failure.DESTINATION_REFUSED,
                    host + " resolves to " + addresses + ": " + where.explanation()));
        }
        return Optional.empty();
    }
}
