package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;
import org.returneeregistry.shared.domain.Text;

/**
 * An administrator sets where an organisation takes its messages: a push URL (https), an MLLP
 * host and port, either or both; what is left out is removed. See {@link DeliveryEndpointRules} for the
 * rules across fields.
 */
public record SetDeliveryEndpoint(
        @Text @Size(min = 1, max = DeliveryEndpoint.PUSH_URL_LENGTH) String pushUrl,
        @Size(min = 1, max = DeliveryEndpoint.HOST_LENGTH)
        @Pattern(regexp = DeliveryEndpointRules.HOST, message = "must be a host name or an IPv4 address")
        String mllpHost,
        @Min(1) @Max(65535) Integer mllpPort) {
}
