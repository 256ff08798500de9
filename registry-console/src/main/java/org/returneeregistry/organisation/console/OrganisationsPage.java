package org.returneeregistry.organisation.console;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Violations;
import org.returneeregistry.organisation.application.OrganisationQuery;
import org.returneeregistry.organisation.application.OrganisationService;
import org.returneeregistry.organisation.application.OrganisationSummary;
import org.returneeregistry.organisation.application.OrganisationView;
import org.returneeregistry.organisation.application.RegisterOrganisation;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The administrator's organisations: the list, and suspending or reinstating one with a reason — through
 * {@link OrganisationService}, as {@code POST /organisations/{code}/suspension} does, so the suspended
 * organisation's next call is refused at once.
 */
@Named("organisations")
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService service;

    @Inject
    private ConsoleLocale lang;

    private int page = 1;
    private Page<OrganisationSummary> found;
    private String selected;
    private String reason;
    private final Violations violations = new Violations();
    private final Violations registration = new Violations();
    private String newCode;
    private String newName;
    private String newType = "MINISTRY";
    private String newCountry = "NPL";
    private String newDistrict;
    private OrganisationView registered;

    public List<OrganisationSummary> getItems() {
        if (found == null) {
            found = service.list(new OrganisationQuery(page, Page.MAX_PAGE_SIZE, null, null));
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

    /** Opens the suspend/reinstate form for one organisation. */
    public String choose(String code) {
        selected = code;
        reason = null;
        violations.clear();
        return null;
    }

    public String cancel() {
        selected = null;
        violations.clear();
        return null;
    }

    public String suspend() {
        return change(true);
    }

    public String reinstate() {
        return change(false);
    }

    private String change(boolean suspend) {
        violations.clear();
        try {
            OrganisationView changed =
                    suspend ? service.suspend(selected, reason) : service.reinstate(selected, reason);
            String done = lang.text(suspend ? "organisations.suspended" : "organisations.reinstated");
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done + " " + changed.code(), null));
            selected = null;
            reason = null;
            found = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /**
     * Registers an organisation, as {@code POST /organisations} does: its client is created in the identity provider
     * and its credentials are shown once, here.
     */
    public String register() {
        registration.clear();
        registered = null;
        try {
            registered = service.register(new RegisterOrganisation(
                    blankToNull(newCode),
                    blankToNull(newName),
                    blankToNull(newType),
                    blankToNull(newCountry),
                    null,
                    blankToNull(newDistrict)));
            found = null;
            newCode = null;
            newName = null;
            newDistrict = null;
        } catch (RegistryException refusal) {
            registration.take(refusal, lang);
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Violations getRegistration() {
        return registration;
    }

    public OrganisationView getRegistered() {
        return registered;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getNewCountry() {
        return newCountry;
    }

    public void setNewCountry(String newCountry) {
        this.newCountry = newCountry;
    }

    public String getNewDistrict() {
        return newDistrict;
    }

    public void setNewDistrict(String newDistrict) {
        this.newDistrict = newDistrict;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
