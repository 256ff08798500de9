package org.returneeregistry.notification.domain;

import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * Which category of personal data the details of an urgent need are: a medical or psychosocial need tells
 * about the person's health (HEALTH); shelter, legal aid and the repatriation of remains are protection
 * needs (VULNERABILITY). A disclosure carries each need only when its category is granted.
 */
public final class NeedCategory {

    private static final Set<String> HEALTH_NEEDS = Set.of("MEDICAL", "PSYCHOSOCIAL");

    private NeedCategory() {}

    /** The category of a need of the urgent-need code list. */
    public static DataCategory of(String need) {
        return HEALTH_NEEDS.contains(need) ? DataCategory.HEALTH : DataCategory.VULNERABILITY;
    }
}
