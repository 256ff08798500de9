package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.LogText;

/**
 * Looks for claims whose period request has reached a deadline every {@code registry.claims.deadline-poll-interval}
 * (a non-persistent interval timer: a restarted server starts looking again by itself; the deadlines are in the
 * database) and hands each to {@link ClaimDeadlines}, one transaction per claim. A claim whose deadline cannot be
 * dealt with now is looked at again ten intervals later. The same round issues the statements of periods abroad due
 * for claims whose certified periods are complete ({@link ClaimStatements}); one that cannot be issued is tried again
 * after a growing pause, at most {@code registry.claims.statement-retry-cap} (default one hour), each failure logged
 * with its attempt number and the next attempt's time. A round still running when the next is
 * due is not doubled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(ClaimDeadlineTimer.class.getName());

    /** Claims dealt with in one round at most; the rest wait for the next. */
    static final int ROUND = 100;

    @Resource
    private TimerService timers;

    @EJB
    private ClaimDeadlines deadlines;

    @EJB
    private ClaimStatements statements;

    @Inject
    @ConfigProperty(name = "registry.claims.deadline-poll-interval", defaultValue = "PT1M")
    Duration interval;

    /** The longest pause between two attempts at a statement that cannot be issued (the first is one interval). */
    @Inject
    @ConfigProperty(name = "registry.claims.statement-retry-cap", defaultValue = "PT1H")
    Duration statementRetryCap;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void schedule() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("registry.claims.deadline-poll-interval must be positive");
        }
        if (statementRetryCap.compareTo(interval) < 0) {
            statementRetryCap = interval;
        }
        long millis = interval.toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("claim-deadlines", false));
        LOG.info(() -> "Claim deadlines looked for every " + interval);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        for (Timer timer : timers.getTimers()) {
            try {
                timer.cancel();
            } catch (RuntimeException e) {
                // already expired or cancelled
            }
        }
    }

    /** Statements due for completed claims, each in a transaction of its own; a failure is tried again after a pause. */
    private void issueStatements() {
        for (Long id : statements.due(ROUND)) {
            if (stopping) {
                return;
            }
            try {
                statements.issueDue(id).ifPresent(s -> LOG.fine(() -> "Claim " + id + ": statement " + s));
            } catch (RuntimeException e) {
                String next;
                try {
                    ClaimStatements.Failure failure = statements.failed(id, interval, statementRetryCap);
                    next = "attempt " + failure.attempts() + " failed; next attempt at " + failure.retryAt();
                } catch (RuntimeException again) {
                    LOG.log(Level.WARNING, "Recording the failure of claim " + id + " failed", LogText.loggable(again));
                    next = "tried again next round";
                }
                LOG.log(
                        Level.WARNING,
                        "The statement due for claim " + id + " could not be issued: " + next,
                        LogText.loggable(e));
            }
        }
    }

    @Timeout
    void poll(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Long> due = deadlines.due(ROUND);
            for (Long id : due) {
                if (stopping) {
                    return;
                }
                try {
                    deadlines.handle(id).ifPresent(step -> LOG.fine(() -> "Claim " + id + ": " + step));
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The deadline of claim " + id + " could not be dealt with; it is looked at again later",
                            LogText.loggable(e));
                    try {
                        deadlines.postpone(id, interval.multipliedBy(10));
                    } catch (RuntimeException again) {
                        LOG.log(Level.WARNING, "Postponing claim " + id + " failed", LogText.loggable(again));
                    }
                }
            }
            issueStatements();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for claim deadlines failed; looked for again", LogText.loggable(e));
        } finally {
            running.set(false);
        }
    }
}
