package org.returneeregistry.exchange.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.exchange.domain.Backoff;
import org.returneeregistry.exchange.domain.DestinationPolicy;
import org.returneeregistry.exchange.domain.RetryPolicy;
import org.returneeregistry.organisation.application.OperatorOrganisation;

/**
 * The outbox's configuration, from MicroProfile Config (durations in ISO-8601, e.g. {@code PT2S}):
 * {@code registry.outbox.poll-interval}, {@code registry.outbox.retry.base}, {@code registry.outbox.retry.cap},
 * {@code registry.outbox.lease}, {@code registry.outbox.batch-size}, {@code registry.outbox.connect-timeout},
 * {@code registry.outbox.read-timeout} (both at most 10 s), {@code registry.outbox.attempt-deadline} (the whole
 * of one attempt, shorter than the lease), {@code registry.outbox.senders} (attempts at once per instance),
 * {@code registry.outbox.max-attempts} and {@code registry.outbox.max-age} (when a message is given up as a
 * dead letter), {@code registry.exchange.allowed-insecure-hosts} (hosts that may be reached over plain http or
 * MLLP and at internal addresses: none unless an operator names them), and for HL7
 * {@code registry.hl7.receiving-application}. The defaults are in the module's microprofile-config.properties,
 * and only there. MicroProfile Config converts the durations ({@link Duration#parse}); a value that is not
 * one, or inconsistent values, stop the deployment.
 */
@ApplicationScoped
public class OutboxSettings {

    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "registry.outbox.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "registry.outbox.retry.base")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "registry.outbox.retry.cap")
    Duration retryCap;

    @Inject
    @ConfigProperty(name = "registry.outbox.lease")
    Duration lease;

    @Inject
    @ConfigProperty(name = "registry.outbox.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "registry.outbox.connect-timeout")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "registry.outbox.read-timeout")
    Duration readTimeout;

    @Inject
    @ConfigProperty(name = "registry.outbox.attempt-deadline")
    Duration attemptDeadline;

    @Inject
    @ConfigProperty(name = "registry.outbox.senders")
    int senders;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-age")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "registry.exchange.allowed-insecure-hosts")
    Optional<String> allowedInsecureHosts;

    @Inject
    @ConfigProperty(name = "registry.hl7.receiving-application")
    String receivingApplication;

    @EJB
    private OperatorOrganisation operator;

    private Backoff backoff;
    private RetryPolicy retryPolicy;
    private DestinationPolicy destinations;

    @PostConstruct
    void check() {
        positive("registry.outbox.poll-interval", pollInterval);
        positive("registry.outbox.lease", lease);
        backoff = new Backoff(
                positive("registry.outbox.retry.base", retryBase), positive("registry.outbox.retry.cap", retryCap));
        if (maxAttempts < 1) {
            throw new IllegalStateException("registry.outbox.max-attempts must be at least 1, not " + maxAttempts);
        }
        retryPolicy = new RetryPolicy(backoff, maxAttempts, positive("registry.outbox.max-age", maxAge));
        if (positive("registry.outbox.attempt-deadline", attemptDeadline).compareTo(lease) >= 0) {
            throw new IllegalStateException("registry.outbox.attempt-deadline (" + attemptDeadline
                    + ") must be shorter than registry.outbox.lease (" + lease + "): an attempt must end before"
                    + " another instance may claim its message");
        }
        if (positive("registry.outbox.connect-timeout", connectTimeout).compareTo(attemptDeadline) > 0) {
            throw new IllegalStateException(
                    "registry.outbox.connect-timeout must not exceed registry.outbox.attempt-deadline");
        }
        if (senders < 1 || senders > 64) {
            throw new IllegalStateException("registry.outbox.senders must be 1 to 64, not " + senders);
        }
        destinations = DestinationPolicy.allowingInsecure(allowedInsecureHosts.orElse(""));
        atMostTheMaximum("registry.outbox.connect-timeout", connectTimeout);
        atMostTheMaximum("registry.outbox.read-timeout", positive("registry.outbox.read-timeout", readTimeout));
        if (batchSize < 1 || batchSize > 100) {
            throw new IllegalStateException("registry.outbox.batch-size must be 1 to 100, not " + batchSize);
        }
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public Backoff backoff() {
        return backoff;
    }

    /** How long a claimed message is left to its dispatcher before it is due again: longer than any attempt takes. */
    public Duration lease() {
        return lease;
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** The whole of one attempt — connecting, sending, waiting for the answer — is cut after this. */
    public Duration attemptDeadline() {
        return attemptDeadline;
    }

    /** How many attempts one instance makes at once (never two at once to the same recipient). */
    public int senders() {
        return senders;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** Where deliveries may go. */
    public DestinationPolicy destinations() {
        return destinations;
    }

    public String receivingApplication() {
        return receivingApplication;
    }

    /** MSH-4: the registry's operator. */
    public String sendingFacility() {
        return operator.code();
    }

    private static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(name + " must be positive, not " + value);
        }
        return value;
    }

    private static void atMostTheMaximum(String name, Duration value) {
        if (value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalStateException(name + " is at most " + MAX_TIMEOUT + ", not " + value);
        }
    }
}
