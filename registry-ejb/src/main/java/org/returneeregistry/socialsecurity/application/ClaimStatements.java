package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.domain.StatementRetry;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;
import org.returneeregistry.socialsecurity.persistence.PeriodStatementRepository;

/**
 * The registry's own issue of a statement of periods abroad when a claim's certified periods are complete (every
 * partner institution asked has answered or timed out): the claim was marked due in the transaction that completed
 * it, and this issues the statement in a transaction of its own, the claim locked with {@code FOR UPDATE SKIP
 * LOCKED} so two servers never issue twice, and stored under a key made of the claim and the time it became due, so a repeat
 * finds the statement already issued. Run by {@link ClaimDeadlineTimer}.
 *
 * <p>It is not put to the consent decision point: the registry issues the returnee their own record of the periods
 * certified on a claim the operator runs, disclosing nothing to another organisation. Handing a statement out
 * ({@link StatementService}) is decided and logged as every read is.
 */
@Stateless
@PermitAll
public class ClaimStatements {

    /** The owner of the keys statements issued by the registry itself are stored under. */
    static final String OWNER = "registry";

    @Inject
    private ClaimRepository claims;

    @Inject
    private PeriodStatementRepository statements;

    @Inject
    private StatementIssuer issuer;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    private Clock clock;

    /** A failed attempt at a claim's statement: how many so far, and when it is tried again. */
    public record Failure(int attempts, Instant retryAt) {}

    /**
     * Database ids of claims whose statement is due, oldest first, at most {@code max}; a claim whose last attempt
     * failed waits for its next attempt ({@link #failed}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int max) {
        return claims.statementsDue(clock.instant(), max);
    }

    /**
     * Records that the claim's statement could not be issued, in a transaction of its own, and puts the next attempt
     * off by {@link StatementRetry}: one {@code interval} after the first failure, doubling, at most {@code cap}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Failure failed(Long id, Duration interval, Duration cap) {
        int attempts = claims.statementAttempts(id) + 1;
        Instant retryAt = StatementRetry.next(attempts, clock.instant(), interval, cap);
        claims.statementFailed(id, attempts, retryAt);
        return new Failure(attempts, retryAt);
    }

    /**
     * Issues the statement due for one claim, in a transaction of its own; the statement's id, or empty when another
     * instance holds the claim, it was issued meanwhile, or the returnee has no certified period after all (nothing
     * is due then).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> issueDue(Long id) {
        Optional<Claim> locked = claims.lockStatementDue(id);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = locked.get();
        String key = key(claim);
        Optional<PeriodStatement> earlier = statements.issuedUnder(OWNER, key);
        if (earlier.isPresent()) {
            claims.statementIssued(id, earlier.get().statementId());
            return Optional.of(earlier.get().statementId());
        }
        PeriodStatement statement;
        try {
            statement = issuer.make(claim.registryNumber(), new Actor(OWNER, operatorCode));
        } catch (RegistryException e) {
            if (e.code() != ErrorCode.NO_CERTIFIED_PERIODS && e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            claims.statementIssued(id, null);
            return Optional.empty();
        }
        statement.issuedUnder(OWNER, key);
        statements.add(statement);
        statements.flush();
        // by a statement of its own, not through the claim: an officer moving the claim meanwhile is not made stale
        claims.statementIssued(id, statement.statementId());
        return Optional.of(statement.statementId());
    }

    /** One key per claim and completion: a reopened claim completed again gets a new one. */
    static String key(Claim claim) {
        return "claim:" + claim.claimId() + ":" + claim.statementDueAt().toEpochMilli();
    }
}
