package org.returneeregistry.consent.application;

import java.util.Set;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * May {@code actor}'s organisation read {@code categories} of returnee {@code registryNumber} for
 * {@code purpose}? {@code purpose} is null when the caller declared none; empty {@code categories}
 * asks for all the ordinary ones (never a special category, which is asked for by name). {@code subjectExists} is false for a registry number nobody holds — still decided
 * and logged, so probing is visible to auditors.
 */
public record AccessRequest(
        Actor actor,
        String channel,
        String registryNumber,
        boolean subjectExists,
        Purpose purpose,
        Set<DataCategory> categories) {

    public AccessRequest {
        categories = categories == null || categories.isEmpty() ? DataCategory.ORDINARY : Set.copyOf(categories);
    }
}
