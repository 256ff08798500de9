package org.returneeregistry.reintegration.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Violations;
import org.returneeregistry.reintegration.application.ReferralRoutingService;
import org.returneeregistry.reintegration.application.RouteView;
import org.returneeregistry.reintegration.application.SetRoute;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeListService;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The administrator's referral routes: which organisation each service's referrals go to — listed and set through
 * {@link ReferralRoutingService}, as {@code /referral-routes} does.
 */
@Named("routes")
@ViewScoped
public class RoutesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferralRoutingService routing;

    @EJB
    private CodeListService codeLists;

    @Inject
    private ConsoleLocale lang;

    private List<RouteView> routes;
    private String service;
    private String recipient;
    private RouteView set;
    private Map<String, List<CodeList.Entry>> lists;
    private final Violations violations = new Violations();

    public List<RouteView> getRoutes() {
        if (routes == null) {
            routes = routing.routes();
        }
        return routes;
    }

    public String save() {
        violations.clear();
        set = null;
        try {
            set = routing.setRoute(new SetRoute(Days.blankToNull(service), Days.blankToNull(recipient)));
            routes = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** The entries of a published code list, read once per page. */
    public List<CodeList.Entry> codes(String list) {
        if (lists == null) {
            lists = new LinkedHashMap<>();
            codeLists.all().forEach(l -> lists.put(l.name(), l.entries()));
        }
        return lists.getOrDefault(list, List.of());
    }

    public RouteView getSet() {
        return set;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
