package org.returneeregistry.consent.application;

import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * An outbound message to a partner institution that carries a returnee's personal data, as the exchange
 * asks the decision point about it before it queues the message ({@link AccessDecisions#decideOutbound}).
 *
 * @param messageType a code of the agreement context's message-type list (e.g. {@code RETURN_NOTICE})
 * @param subjectExists whether anybody holds the registry number
 * @param categories the categories the message would carry; empty asks for all
 */
public record OutboundDisclosure(
        String agreementId,
        String recipientInstitution,
        String registryNumber,
        boolean subjectExists,
        String messageType,
        Purpose purpose,
        Set<DataCategory> categories) {

    public OutboundDisclosure {
        categories =
                categories == null || categories.isEmpty() ? Set.of(DataCategory.values()) : Set.copyOf(categories);
    }
}
