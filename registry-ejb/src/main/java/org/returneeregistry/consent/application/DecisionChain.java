package org.returneeregistry.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionLogHead;
import org.returneeregistry.consent.persistence.DecisionLogRepository;
import org.returneeregistry.shared.application.LogCheckpoints;

/**
 * Appends access decisions to the hash-chained decision log, tells who was given data under a consent
 * record, and signs checkpoints of the log's head. Used by the decision point, the consent service and
 * the checkpoint timer, never by a protocol; auditors read the log through {@link DecisionLog}.
 *
 * <p>An append runs in its own transaction and locks the chain's head, so every decision is numbered
 * and chained in order and stays on record when the read it decided is refused and rolls back; a
 * decision that cannot be logged fails the read rather than letting it pass unrecorded.
 */
@Stateless
@PermitAll
public class DecisionChain {

    @Inject
    private DecisionLogRepository entries;

    @Inject
    private LogCheckpoints checkpoints;

    /** Appends a decision; answers its sequence number. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long append(DecisionLogEntry.Decision decision) {
        DecisionLogHead head = entries.lockHead();
        DecisionLogEntry entry = head.append(decision);
        entries.add(entry);
        return entry.sequence();
    }

    /** Organisations that were given data under a consent record. */
    public List<String> recipientsUnder(String consentId) {
        return entries.grantedUnder(consentId);
    }

    /** Signs a checkpoint of the log's head, unless one covers it already (see {@link LogCheckpoints}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checkpoint() {
        DecisionLogHead head = entries.lockHead();
        return checkpoints.sign(DecisionLog.LOG_NAME, head.lastSequence(), head.lastHash());
    }
}
