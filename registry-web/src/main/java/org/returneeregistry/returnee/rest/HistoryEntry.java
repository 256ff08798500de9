package org.returneeregistry.returnee.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.returnee.application.HistoryView;
import org.returneeregistry.shared.rest.Wire;

/** One change to a returnee: who, when, why, and what changed. */
public record HistoryEntry(
        int sequence,
        Instant at,
        String actor,
        String actorSubject,
        String actorOrganisation,
        String actorClient,
        String action,
        int eventNumber,
        String reason,
        List<FieldChange> changes) {

    static HistoryEntry from(HistoryView h) {
        return new HistoryEntry(
                h.sequence(),
                h.at(),
                h.actor(),
                h.actorSubject(),
                h.actorOrganisation(),
                h.actorClient(),
                h.action(),
                h.eventNumber(),
                h.reason(),
                Wire.list(h.changes(), FieldChange::from));
    }
}
