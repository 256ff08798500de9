package org.returneeregistry.returnee.application;

import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The read policy's answer, logged under {@code sequence}: the categories granted, or the refusal a deny
 * stands for (its code and the explanation the reader is given).
 */
public record ReadDecision(Set<DataCategory> granted, long sequence, ErrorCode refusal, String explanation) {

    public ReadDecision {
        granted = granted == null ? Set.of() : Set.copyOf(granted);
    }

    public static ReadDecision permit(Set<DataCategory> granted, long sequence) {
        return new ReadDecision(granted, sequence, null, null);
    }

    public static ReadDecision deny(long sequence, ErrorCode refusal, String explanation) {
        return new ReadDecision(Set.of(), sequence, refusal, explanation);
    }

    public boolean permitted() {
        return refusal == null;
    }

    /** Throws the refusal a deny stands for; answers a permit itself. */
    public ReadDecision orRefuse() {
        if (!permitted()) {
            throw new RegistryException(refusal, explanation);
        }
        return this;
    }
}
