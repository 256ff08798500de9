package org.returneeregistry.shared.application;

import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;

/**
 * A business call ended.
 *
 * @param actor     the caller, or null when the call was refused before the caller was known
 * @param channel   the interface it came in by: {@link CallScope#REST}, {@link CallScope#SOAP} or internal
 * @param operation service and method, e.g. {@code ReturneeService.get}
 * @param outcome   {@link ServiceCall#OK} or the error code it ended with
 * @param record    the record the call named ({@link TouchedRecord}), or null
 */
public record ServiceCallEnded(Instant at, Actor actor, String channel, String operation, String outcome, String record) {
}
