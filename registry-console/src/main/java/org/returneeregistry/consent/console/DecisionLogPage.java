package org.returneeregistry.consent.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.consent.application.ChainVerification;
import org.returneeregistry.consent.application.DecisionLog;
import org.returneeregistry.consent.application.DecisionQuery;
import org.returneeregistry.consent.application.DecisionView;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Downloads;
import org.returneeregistry.console.Paged;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The auditor's view of the decision log: search by returnee, organisation, purpose, outcome, reason, channel
 * and period, page through the answer, open an entry, verify the chain over a range (the first broken entry
 * named plainly), export the page's search as CSV and the period as a signed, offline-verifiable bundle. Every
 * action is one call of {@link DecisionLog}, the service behind {@code /decision-log}.
 */
@Named("decisionLog")
@ViewScoped
public class DecisionLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    /** The most entries one CSV export holds: the search narrows it further. */
    static final int MAX_EXPORT = 10_000;

    @EJB
    private DecisionLog log;

    @Inject
    private ConsoleLocale lang;

    private String returnee;
    private String organisation;
    private String purpose;
    private String outcome;
    private String reason;
    private String channel;
    private String agreement;
    private String sort;
    private String from;
    private String to;
    private final Paged<DecisionView> results = new Paged<>();
    private DecisionView selected;
    private Long verifyFrom;
    private Long verifyTo;
    private ChainVerification verification;
    private long verifiedSoFar;
    private Long verifyNext;
    private final Violations violations = new Violations();

    public String search() {
        results.first();
        return load();
    }

    public String next() {
        results.forward();
        return load();
    }

    public String previous() {
        results.back();
        return load();
    }

    private String load() {
        selected = null;
        violations.clear();
        DecisionQuery query = query(results.getPage(), PAGE_SIZE);
        if (query == null) {
            return null;
        }
        try {
            results.answered(log.find(query));
        } catch (RegistryException refusal) {
            results.refused();
            violations.take(refusal, lang);
        }
        return null;
    }

    /** The query of the form, or null when a date cannot be read (the field says why). */
    private DecisionQuery query(int pageNumber, int size) {
        return query(pageNumber, size, day("to", to, 1));
    }

    private DecisionQuery query(int pageNumber, int size, Instant end) {
        Instant start = day("from", from, 0);
        if (!violations.isEmpty()) {
            return null;
        }
        return new DecisionQuery(
                blankToNull(returnee),
                blankToNull(organisation),
                blankToNull(purpose),
                blankToNull(outcome),
                blankToNull(reason),
                blankToNull(channel),
                start,
                end,
                blankToNull(agreement),
                blankToNull(sort),
                pageNumber,
                size);
    }

    /** A day of the form (YYYY-MM-DD) as the instant it starts, in UTC; {@code plusDays} 1 for an inclusive end. */
    private Instant day(String field, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            violations.add(field, lang.text("violation.Date"));
            return null;
        }
    }

    public String show(DecisionView entry) {
        selected = entry;
        return null;
    }

    public String closeDetail() {
        selected = null;
        return null;
    }

    /** Verifies the range asked for, its first chunk of at most {@value VerificationChunks#SIZE} entries now. */
    public String verify() {
        verifiedSoFar = 0;
        verifyNext = null;
        return verifyChunk(verifyFrom == null ? 1 : verifyFrom);
    }

    /** Verifies the next chunk of the range. */
    public String continueVerification() {
        return verifyNext == null ? null : verifyChunk(verifyNext);
    }

    private String verifyChunk(long start) {
        violations.clear();
        long end = VerificationChunks.end(start, verifyTo);
        try {
            verification = log.verify(start, end);
            verifiedSoFar += verification.entriesChecked();
            verifyNext = VerificationChunks.finished(
                            start, end, verifyTo, verification.intact(), verification.entriesChecked())
                    ? null
                    : end + 1;
        } catch (RegistryException refusal) {
            verification = null;
            verifyNext = null;
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Entries checked over every chunk of the range so far. */
    public long getVerifiedSoFar() {
        return verifiedSoFar;
    }

    /** The first sequence of the next chunk; null when the check of the range has ended. */
    public Long getVerifyNext() {
        return verifyNext;
    }

    /**
     * Every entry the search finds, as CSV, written page by page as it is read (at most {@link #MAX_EXPORT} entries).
     * The period is closed at the moment of the export, so decisions taken meanwhile neither shift nor repeat rows.
     */
    public void exportCsv() throws IOException {
        violations.clear();
        Instant now = Instant.now();
        Instant end = day("to", to, 1);
        DecisionQuery first = query(1, Page.MAX_PAGE_SIZE, end == null || end.isAfter(now) ? now : end);
        if (first == null) {
            return;
        }
        Page<DecisionView> page;
        try {
            page = log.find(first);
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
            return;
        }
        Page<DecisionView> firstPage = page;
        Downloads.stream("decision-log.csv", "text/csv", out -> {
            out.write(DecisionCsv.HEADER + "\r\n");
            Page<DecisionView> current = firstPage;
            int written = 0;
            while (true) {
                for (DecisionView e : current.items()) {
                    if (written++ >= MAX_EXPORT) {
                        return;
                    }
                    out.write(DecisionCsv.row(e));
                }
                if (!current.hasNext() || written >= MAX_EXPORT) {
                    return;
                }
                current = log.find(withPage(first, current.page() + 1));
            }
        });
    }

    private static DecisionQuery withPage(DecisionQuery q, int page) {
        return new DecisionQuery(
                q.returnee(),
                q.organisation(),
                q.purpose(),
                q.outcome(),
                q.reason(),
                q.channel(),
                q.from(),
                q.to(),
                q.agreement(),
                q.sort(),
                page,
                q.pageSize());
    }

    /** The signed bundle of the search's period (and returnee), to be verified offline. */
    public void exportBundle() throws IOException {
        violations.clear();
        Instant start = day("from", from, 0);
        Instant end = day("to", to, 1);
        if (!violations.isEmpty()) {
            return;
        }
        try {
            Downloads.send(
                    "decision-log-bundle.json",
                    "application/json",
                    BundleDocument.json(log.bundle(start, end, blankToNull(returnee))));
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
    }

    public String categoriesOf(Set<DataCategory> categories) {
        return categories(categories);
    }

    static String categories(Set<DataCategory> categories) {
        return categories == null
                ? ""
                : categories.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public DecisionView getSelected() {
        return selected;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public Paged<DecisionView> getResults() {
        return results;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getReturnee() {
        return returnee;
    }

    public void setReturnee(String returnee) {
        this.returnee = returnee;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getVerifyFrom() {
        return verifyFrom;
    }

    public void setVerifyFrom(Long verifyFrom) {
        this.verifyFrom = verifyFrom;
    }

    public Long getVerifyTo() {
        return verifyTo;
    }

    public void setVerifyTo(Long verifyTo) {
        this.verifyTo = verifyTo;
    }
}
