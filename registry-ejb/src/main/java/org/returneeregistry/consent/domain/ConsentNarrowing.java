package org.returneeregistry.consent.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * What a superseding record takes away from the one it replaces: purposes and categories no longer
 * covered, and whether the validity now ends earlier. A successor that refuses consent takes everything.
 * A narrowing is a partial revocation: organisations that were given data under the earlier record must
 * be told what they may no longer use.
 */
public record ConsentNarrowing(
        Set<Purpose> withdrawnPurposes, Set<DataCategory> withdrawnCategories, boolean shortened) {

    public ConsentNarrowing {
        withdrawnPurposes = Collections.unmodifiableSet(
                withdrawnPurposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(withdrawnPurposes));
        withdrawnCategories = Collections.unmodifiableSet(
                withdrawnCategories.isEmpty()
                        ? EnumSet.noneOf(DataCategory.class)
                        : EnumSet.copyOf(withdrawnCategories));
    }

    public static ConsentNarrowing between(ConsentRecord earlier, ConsentRecord successor) {
        return of(
                earlier.purposes(),
                earlier.categories(),
                earlier.validUntil(),
                successor.given(),
                successor.purposes(),
                successor.categories(),
                successor.validUntil());
    }

    static ConsentNarrowing of(
            Set<Purpose> purposes,
            Set<DataCategory> categories,
            Instant validUntil,
            boolean successorGiven,
            Set<Purpose> successorPurposes,
            Set<DataCategory> successorCategories,
            Instant successorValidUntil) {
        Objects.requireNonNull(validUntil, "validUntil");
        if (!successorGiven) {
            return new ConsentNarrowing(purposes, categories, false);
        }
        Set<Purpose> withdrawnPurposes = EnumSet.noneOf(Purpose.class);
        purposes.stream().filter(p -> !successorPurposes.contains(p)).forEach(withdrawnPurposes::add);
        Set<DataCategory> withdrawnCategories = EnumSet.noneOf(DataCategory.class);
        categories.stream().filter(c -> !successorCategories.contains(c)).forEach(withdrawnCategories::add);
        boolean shortened = successorValidUntil != null && successorValidUntil.isBefore(validUntil);
        return new ConsentNarrowing(withdrawnPurposes, withdrawnCategories, shortened);
    }

    /** Whether anything was taken away. */
    public boolean narrows() {
        return !withdrawnPurposes.isEmpty() || !withdrawnCategories.isEmpty() || shortened;
    }
}
