package org.returneeregistry.audit.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.returneeregistry.audit.application.AuditEntryView;
import org.returneeregistry.audit.application.AuditQuery;
import org.returneeregistry.audit.application.AuditTrail;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Paged;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The auditor's view of the audit trail of business calls: search by organisation, person, operation, outcome,
 * record named and period, page through the answer, open an entry. Every search is one call of {@link AuditTrail},
 * the service behind {@code /audit-entries}.
 */
@Named("auditTrail")
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @EJB
    private AuditTrail trail;

    @Inject
    private ConsoleLocale lang;

    private String organisation;
    private String subject;
    private String operation;
    private String outcome;
    private String record;
    private String from;
    private String to;
    private final Paged<AuditEntryView> results = new Paged<>();
    private AuditEntryView selected;
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
        Instant start = Days.start("from", from, 0, violations, lang);
        Instant end = Days.start("to", to, 1, violations, lang);
        if (!violations.isEmpty()) {
            return null;
        }
        try {
            results.answered(trail.find(new AuditQuery(
                    Days.blankToNull(organisation),
                    Days.blankToNull(subject),
                    Days.blankToNull(operation),
                    Days.blankToNull(outcome),
                    Days.blankToNull(record),
                    start,
                    end,
                    results.getPage(),
                    PAGE_SIZE)));
        } catch (RegistryException refusal) {
            results.refused();
            violations.take(refusal, lang);
        }
        return null;
    }

    public String show(AuditEntryView entry) {
        selected = entry;
        return null;
    }

    public String closeDetail() {
        selected = null;
        return null;
    }

    public AuditEntryView getSelected() {
        return selected;
    }

    public Paged<AuditEntryView> getResults() {
        return results;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
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
}
