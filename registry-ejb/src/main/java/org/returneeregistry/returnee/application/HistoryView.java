package org.returneeregistry.returnee.application;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.returnee.domain.FieldChange;

/** One history entry of a returnee. */
public record HistoryView(int sequence, Instant at, String actor, String action, int eventNumber, String reason,
                          List<FieldChange> changes) {
}
