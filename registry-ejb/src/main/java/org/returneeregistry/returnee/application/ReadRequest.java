package org.returneeregistry.returnee.application;

import java.util.Set;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * May {@code reader}'s organisation read {@code categories} of returnee {@code registryNumber} for
 * {@code purpose}, asked over {@code channel}? {@code purpose} is null when the reader declared none; empty
 * {@code categories} asks for all. {@code subjectExists} is false for a registry number nobody holds —
 * still decided and logged, so probing is visible to auditors.
 */
public record ReadRequest(
        Actor reader,
        String channel,
        String registryNumber,
        boolean subjectExists,
        Purpose purpose,
        Set<DataCategory> categories) {

    public ReadRequest {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
