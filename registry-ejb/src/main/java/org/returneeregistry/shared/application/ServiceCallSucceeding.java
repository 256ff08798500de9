package org.returneeregistry.shared.application;

import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;

/**
 * A business call's unit of work returned, its transaction still open: the call will succeed if that
 * transaction commits ({@link CompletesCall}). An observer that records the call in the transaction runs
 * {@code recorded} once the transaction has committed.
 *
 * @param operation the call's audit code
 * @param record    the record the call named ({@link TouchedRecord}), or null
 */
public record ServiceCallSucceeding(
        Instant at, Actor actor, String channel, String operation, String record, Runnable recorded) {}
