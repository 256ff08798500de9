package org.returneeregistry.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.persistence.DecisionLogRepository;
import org.returneeregistry.shared.application.ChainLinker;

/**
 * Appends access decisions to the hash-chained decision log and tells who was given data under a consent
 * record. Used by the decision point and the consent service, never by a protocol; auditors read the log
 * through {@link DecisionLog}.
 *
 * <p>An append runs in its own transaction, so a decision stays on record when the read it decided is
 * refused and rolls back; a decision that cannot be logged fails the read rather than letting it pass
 * unrecorded. It takes no shared lock: the decision is written with its id and a keyed seal, and the
 * shared {@link ChainLinker} gives it its place in the chain once it is committed (ADR 0009).
 */
@Stateless
@PermitAll
public class DecisionChain {

    @Inject
    private DecisionLogRepository entries;

    @Inject
    private ChainLinker linker;

    /** Appends a decision; answers its id, the number it is known by from now on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long append(DecisionLogEntry.Decision decision) {
        return entries.add(DecisionLogEntry.of(decision), linker::seal);
    }

    /**
     * Appends a decision in the caller's transaction, so it commits with the read it permits (one commit for
     * both); {@link AccessDecisions} appends it alone again if that transaction does not commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long appendWithRead(DecisionLogEntry.Decision decision) {
        return entries.add(DecisionLogEntry.of(decision), linker::seal);
    }

    /**
     * The partner institutions given data under a consent record, each with the agreement (and purpose) of the
     * latest permitted decision: where a revocation notice to it goes.
     */
    public java.util.Map<String, ConsentRevoked.PartnerGrant> partnerGrantsUnder(String consentId) {
        java.util.Map<String, ConsentRevoked.PartnerGrant> grants = new java.util.TreeMap<>();
        for (Object[] row : entries.partnerGrantsUnder(consentId)) {
            grants.put((String) row[0], new ConsentRevoked.PartnerGrant((String) row[1], (String) row[2]));
        }
        return grants;
    }

    /** Organisations that were given data under a consent record. */
    public List<String> recipientsUnder(String consentId) {
        return entries.grantedUnder(consentId);
    }
}
