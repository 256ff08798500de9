package org.returneeregistry.organisation.application;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.returneeregistry.organisation.domain.OrganisationStatus;

/**
 * The registry's answer to "what is this organisation's status", kept for a short while, because every
 * authenticated call asks it. A change this server makes (registration, suspension, reinstatement) forgets
 * the organisation's answer when its transaction ends, so on this server a suspension takes effect for the
 * next call at once. An answer read while such a change was ending is not kept (the generation moved), so
 * no read that began before the commit can put the old status back. Another server of a deployment group
 * learns a change within {@code ttl}: that is how long an answer is kept at most.
 *
 * <p>Not a bean: {@link ActiveOrganisationCheck} holds the one instance; plain so that its rule is tested
 * in milliseconds.
 */
final class OrganisationStanding {

    private record Answer(Optional<OrganisationStatus> status, long until) {}

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    OrganisationStanding(Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the status cache's time to live must not be negative");
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The status of the organisation with this code: kept if fresh, otherwise read and kept. */
    Optional<OrganisationStatus> status(String code, Function<String, Optional<OrganisationStatus>> read) {
        long now = nanoTime.getAsLong();
        Answer kept = answers.get(code);
        if (kept != null && now - kept.until() < 0) {
            return kept.status();
        }
        long before = generation.get();
        Optional<OrganisationStatus> status = read.apply(code);
        if (ttlNanos > 0 && generation.get() == before) {
            Answer answer = new Answer(status, now + ttlNanos);
            answers.put(code, answer);
            if (generation.get() != before) {
                // a change ended between the check and the put: its forget may have run before the put
                answers.remove(code, answer);
            }
        }
        return status;
    }

    /** Forgets the organisation's answer: its status may have changed, or is about to. */
    void forget(String code) {
        generation.incrementAndGet();
        answers.remove(code);
    }

    int size() {
        return answers.size();
    }
}
