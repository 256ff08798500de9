package org.returneeregistry.consent.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.consent.persistence.DecisionLogRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ChainLinker;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LogBundles;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.LogBundle;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;

/**
 * Lets auditors search the hash-chained decision log and verify the chain; the decisions are appended
 * by {@link DecisionChain}.
 *
 * <p>The chain is held against signed checkpoints ({@link DecisionChain#checkpoint()}, on a timer), so
 * rewriting it and recomputing every hash, or cutting its end, is found by {@link #verify}.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.AUDITOR)
public class DecisionLog {

    /** The decision log's name in its checkpoints. */
    public static final String LOG_NAME = DecisionLogRepository.LOG_NAME;

    @Inject
    private DecisionLogRepository entries;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Validator validator;

    private static final String DENY = "DENY";

    @Inject
    private ChainLinker linker;

    @Inject
    private LogBundles bundles;

    @AuditOperation("DECISION_LOG_SEARCH")
    public Page<DecisionView> find(DecisionQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        validation.check(
                query.returnee() != null
                        && RegistryNumber.parse(query.returnee()).isEmpty(),
                "returnee",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        validation.check(
                query.from() != null && query.to() != null && !query.to().isAfter(query.from()),
                "to",
                "AfterFrom",
                "must be after 'from'");
        DecisionReason reason = query.reason() == null
                ? null
                : Arrays.stream(DecisionReason.values())
                        .filter(r -> r.name().equals(query.reason()))
                        .findFirst()
                        .orElse(null);
        validation.check(
                query.reason() != null && reason == null,
                "reason",
                "DecisionReason",
                "must be one of " + Arrays.toString(DecisionReason.values()));
        validation.throwIfInvalid();
        String subject = query.returnee() == null ? null : keys.keyedHash(query.returnee());
        Page<DecisionLogEntry> found = entries.find(
                subject,
                query.organisation(),
                query.purpose(),
                query.outcome(),
                reason,
                query.channel(),
                query.from(),
                query.to(),
                query.agreement(),
                query.sort(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(DecisionView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /**
     * The decision log in figures over a period of days (UTC): decisions per day by outcome, denies by reason, reads
     * per organisation and purpose — aggregates only, for the auditor's charts. The period is at most
     * {@value DecisionFigures#MAX_DAYS} days.
     */
    @AuditOperation("DECISION_LOG_FIGURES")
    public DecisionFigures figures(DecisionFiguresQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        boolean period = query.from() != null && query.to() != null;
        validation.check(period && query.to().isBefore(query.from()), "to", "AtLeastFrom", "must not be before 'from'");
        validation.check(
                period && ChronoUnit.DAYS.between(query.from(), query.to()) >= DecisionFigures.MAX_DAYS,
                "to",
                "MaxPeriod",
                "the period must not exceed " + DecisionFigures.MAX_DAYS + " days");
        validation.throwIfInvalid();
        Instant start = query.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String organisation = query.organisation();

        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            perDay.put(d, new long[2]);
        }
        for (Object[] row : entries.countsPerDay(start, end, organisation)) {
            long[] counts = perDay.get((LocalDate) row[0]);
            if (counts != null) {
                counts[DENY.equals(row[1]) ? 1 : 0] += (Long) row[2];
            }
        }
        List<DecisionFigures.Day> days = perDay.entrySet().stream()
                .map(e -> new DecisionFigures.Day(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();

        List<DecisionFigures.Reason> reasons = entries.deniesPerReason(start, end, organisation).stream()
                .map(r -> new DecisionFigures.Reason(((DecisionReason) r[0]).name(), ((Number) r[1]).longValue()))
                .toList();

        Map<List<String>, long[]> pairs = new LinkedHashMap<>();
        for (Object[] row : entries.countsPerOrganisationAndPurpose(start, end, organisation)) {
            long[] counts = pairs.computeIfAbsent(List.of((String) row[0], (String) row[1]), k -> new long[2]);
            counts[DENY.equals(row[2]) ? 1 : 0] += ((Number) row[3]).longValue();
        }
        List<DecisionFigures.Reads> reads = pairs.entrySet().stream()
                .map(e -> new DecisionFigures.Reads(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(DecisionFigures.Reads::total)
                        .reversed()
                        .thenComparing(DecisionFigures.Reads::organisation)
                        .thenComparing(DecisionFigures.Reads::purpose))
                .limit(DecisionFigures.MAX_PAIRS)
                .toList();
        return new DecisionFigures(query.from(), query.to(), organisation, days, reasons, reads);
    }

    /**
     * Recomputes the chain over entries {@code from}..{@code to} (the whole log when both are null) and
     * holds it against the signed checkpoints, from the database and from the file outside it; answers
     * where it first breaks: an entry whose hash does not match its content, whose previous hash is not
     * its predecessor's, a missing sequence number, an entry whose hash is not the one a checkpoint
     * signed (rewritten and rehashed) — and, for a check that runs to the end, a log that ends before a
     * checkpointed entry (cut).
     *
     * <p>Covers the decisions linked into the chain; the answer says how many were written but not linked
     * yet ({@code entriesNotYetLinked}). Runs outside a transaction: each batch is its own short read, so
     * checking a long log holds neither a transaction nor more than one batch.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("DECISION_LOG_VERIFY")
    public ChainVerification verify(Long from, Long to) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(from != null && from < 1, "from", "Min", "must be 1 or more");
        validation.check(from != null && to != null && to < from, "to", "AtLeastFrom", "must not be below 'from'");
        validation.throwIfInvalid();
        return ChainVerification.of(linker.verify(entries, from, to));
    }

    /**
     * A verifiable bundle of the log for a period, or for one returnee (the others' entries between only as
     * hashes), to be verified offline with the registry's public key ({@link LogBundles}, ADR 0014).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("DECISION_LOG_BUNDLE_EXPORT")
    public LogBundle bundle(Instant from, Instant to, String returnee) {
        return bundles.export(entries, bundles.select(from, to, returnee));
    }
}
