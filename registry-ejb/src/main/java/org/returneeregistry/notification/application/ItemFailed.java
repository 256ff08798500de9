package org.returneeregistry.notification.application;

import jakarta.ejb.ApplicationException;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A batch item's intake failed, and its transaction rolls back with everything it wrote: the job records
 * the refusal in a transaction of its own, or tries the item again when it lost a race.
 */
@ApplicationException(rollback = true)
public class ItemFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long item;

    ItemFailed(Long item, RuntimeException cause) {
        super("Batch item " + item + " failed: " + cause.getMessage(), cause);
        this.item = item;
    }

    public Long item() {
        return item;
    }

    /** The intake's refusal, or null when the item failed for another reason (a lost race, a fault). */
    public RegistryException refusal() {
        return getCause() instanceof RegistryException refusal ? refusal : null;
    }
}
