package org.returneeregistry.agreement.console;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.returneeregistry.agreement.application.AgreementQuery;
import org.returneeregistry.agreement.application.AgreementService;
import org.returneeregistry.agreement.application.AgreementSummary;
import org.returneeregistry.agreement.application.AgreementView;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The administrator's agreements: the list (optionally of one status), one agreement opened with the terms of any of
 * its versions — parties, scope rows, endpoints, certificates, history — and its status changed with a reason (put in
 * force, suspend, resume, terminate), all through {@link AgreementService} as {@code /agreements} does.
 */
@Named("agreements")
@ViewScoped
public class AgreementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status changes the page offers, in the order of the buttons. */
    public enum Change {
        IN_FORCE,
        SUSPEND,
        RESUME,
        TERMINATE
    }

    @EJB
    private AgreementService service;

    @Inject
    private ConsoleLocale lang;

    private int page = 1;
    private String status;
    private Page<AgreementSummary> found;
    private AgreementView opened;
    private Integer version;
    private String reason;
    private final Violations violations = new Violations();

    public List<AgreementSummary> getItems() {
        if (found == null) {
            try {
                found = service.list(new AgreementQuery(page, Page.MAX_PAGE_SIZE, status, null));
            } catch (RegistryException refusal) {
                violations.take(refusal, lang);
                found = new Page<>(List.of(), 1, Page.MAX_PAGE_SIZE, 0);
            }
        }
        return found.items();
    }

    public long getTotal() {
        getItems();
        return found.totalCount();
    }

    public boolean isHasNext() {
        getItems();
        return found.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public String filter() {
        violations.clear();
        page = 1;
        found = null;
        return null;
    }

    public String next() {
        page++;
        found = null;
        return null;
    }

    public String previous() {
        page = Math.max(1, page - 1);
        found = null;
        return null;
    }

    /** Opens an agreement with its current version's terms. */
    public String open(String agreementId) {
        violations.clear();
        reason = null;
        version = null;
        load(agreementId, null);
        return null;
    }

    /** Shows the terms of the version chosen. */
    public String showVersion() {
        violations.clear();
        if (opened != null) {
            load(opened.agreementId(), version);
        }
        return null;
    }

    public String close() {
        opened = null;
        version = null;
        reason = null;
        violations.clear();
        return null;
    }

    public String putInForce() {
        return change(Change.IN_FORCE);
    }

    public String suspend() {
        return change(Change.SUSPEND);
    }

    public String resume() {
        return change(Change.RESUME);
    }

    public String terminate() {
        return change(Change.TERMINATE);
    }

    private String change(Change change) {
        violations.clear();
        if (opened == null) {
            return null;
        }
        String id = opened.agreementId();
        try {
            AgreementView changed =
                    switch (change) {
                        case IN_FORCE -> service.putInForce(id, reason);
                        case SUSPEND -> service.suspend(id, reason);
                        case RESUME -> service.resume(id, reason);
                        case TERMINATE -> service.terminate(id, reason);
                    };
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    lang.text("agreements.changed") + " "
                                            + lang.text("agreementStatus." + changed.status()),
                                    null));
            opened = changed;
            version = null;
            reason = null;
            found = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    private void load(String agreementId, Integer number) {
        try {
            opened = service.get(agreementId, number);
            version = opened.version();
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
    }

    /** The version numbers of the opened agreement, oldest first. */
    public List<Integer> getVersions() {
        return opened == null
                ? List.of()
                : IntStream.rangeClosed(1, opened.currentVersion()).boxed().toList();
    }

    public AgreementView getOpened() {
        return opened;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Violations getViolations() {
        return violations;
    }
}
