package org.returneeregistry.notification.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An item of a chunk failed in the intake: the chunk's transaction rolls back with everything its items wrote,
 * and the job takes the chunk's items again one by one ({@link BatchItemIntake#take}), each all-or-nothing.
 */
@ApplicationException(rollback = true)
public class ChunkFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Long> items;

    ChunkFailed(List<Long> items, RuntimeException cause) {
        super("A chunk of " + items.size() + " batch items failed: " + cause.getMessage(), cause);
        this.items = List.copyOf(items);
    }

    public List<Long> items() {
        return items;
    }
}
