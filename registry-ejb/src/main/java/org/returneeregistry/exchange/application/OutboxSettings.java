package org.returneeregistry.exchange.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
 * {@code registry.hl7.receiving-application}. The defaults are in the module's microprofile-config.properties.
 * Inconsistent values stop the deployment.
 */
@ApplicationScoped
public class OutboxSettings {

    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "registry.outbox.poll-interval", defaultValue = "PT1S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "registry.outbox.retry.base", defaultValue = "PT2S")
    String retryBase;

    @Inject
    @ConfigProperty(name = "registry.outbox.retry.cap", defaultValue = "PT5M")
    String retryCap;

    @Inject
    @ConfigProperty(name = "registry.outbox.lease", defaultValue = "PT1M")
    String lease;

    @Inject
    @ConfigProperty(name = "registry.outbox.batch-size", defaultValue = "10")
    int batchSize;

    @Inject
    @ConfigProperty(name = "registry.outbox.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "registry.outbox.read-timeout", defaultValue = "PT10S")
    String readTimeout;

    @Inject
    @ConfigProperty(name = "registry.outbox.attempt-deadline", defaultValue = "PT20S")
    String attemptDeadline;

    @Inject
    @ConfigProperty(name = "registry.outbox.senders", defaultValue = "4")
    int senders;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-age", defaultValue = "P7D")
    String maxAge;

    @Inject
    @ConfigProperty(name = "registry.exchange.allowed-insecure-hosts")
    Optional<String> allowedInsecureHosts;

    @Inject
    @ConfigProperty(name = "registry.hl7.receiving-application", defaultValue = "HMIS")
    String receivingApplication;

    @EJB
    private OperatorOrganisation operator;

    private Backoff backoff;
    private RetryPolicy retryPolicy;
    private DestinationPolicy destinations;

    @PostConstruct
    void check() {
        backoff = new Backoff(duration("registry.outbox.retry.base", retryBase),
                duration("registry.outbox.retry.cap", retryCap));
        if (maxAttempts < 1) {
            throw new IllegalStateException("registry.outbox.max-attempts must be at least 1, not " + maxAttempts);
        }
        retryPolicy = new RetryPolicy(backoff, maxAttempts, duration("registry.outbox.max-age", maxAge));
        Duration deadline = duration("registry.outbox.attempt-deadline", attemptDeadline);
        if (deadline.compareTo(duration("registry.outbox.lease", lease)) >= 0) {
            throw new IllegalStateException("registry.outbox.attempt-deadline (" + attemptDeadline
                    + ") must be shorter than registry.outbox.lease (" + lease + "): an attempt must end before"
                    + " another instance may claim its message");
        }
        if (duration("registry.outbox.connect-timeout", connectTimeout).compareTo(deadline) > 0) {
            throw new IllegalStateException("registry.outbox.connect-timeout must not exceed registry.outbox.attempt-deadline");
        }
        if (senders < 1 || senders > 64) {
            throw new IllegalStateException("registry.outbox.senders must be 1 to 64, not " + senders);
        }
        destinations = DestinationPolicy.allowingInsecure(allowedInsecureHosts.orElse(""));
        for (String[] timeout : new String[][] {{"registry.outbox.connect-timeout", connectTimeout},
                {"registry.outbox.read-timeout", readTimeout}}) {
            if (duration(timeout[0], timeout[1]).compareTo(MAX_TIMEOUT) > 0) {
                throw new IllegalStateException(timeout[0] + " is at most " + MAX_TIMEOUT + ", not " + timeout[1]);
            }
        }
        if (batchSize < 1 || batchSize > 100) {
            throw new IllegalStateException("registry.outbox.batch-size must be 1 to 100, not " + batchSize);
        }
        duration("registry.outbox.poll-interval", pollInterval);
        duration("registry.outbox.lease", lease);
    }

    public Duration pollInterval() {
        return duration("registry.outbox.poll-interval", pollInterval);
    }

    public Backoff backoff() {
        return backoff;
    }

    /** How long a claimed message is left to its dispatcher before it is due again: longer than any attempt takes. */
    public Duration lease() {
        return duration("registry.outbox.lease", lease);
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration connectTimeout() {
        return duration("registry.outbox.connect-timeout", connectTimeout);
    }

    public Duration readTimeout() {
        return duration("registry.outbox.read-timeout", readTimeout);
    }

    /** The whole of one attempt — connecting, sending, waiting for the answer — is cut after this. */
    public Duration attemptDeadline() {
        return duration("registry.outbox.attempt-deadline", attemptDeadline);
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

    private static Duration duration(String name, String value) {
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException(name + " must be positive, not " + value);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " must be an ISO-8601 duration such as PT2S, not " + value, e);
        }
    }
}
