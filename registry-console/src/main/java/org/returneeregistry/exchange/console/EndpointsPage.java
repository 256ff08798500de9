package org.returneeregistry.exchange.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Violations;
import org.returneeregistry.exchange.application.DeliveryEndpointService;
import org.returneeregistry.exchange.application.DeliveryEndpointView;
import org.returneeregistry.exchange.application.SetDeliveryEndpoint;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The administrator's delivery endpoints: where an organisation takes its messages (an https push URL, an MLLP
 * host and port) — read and set through {@link DeliveryEndpointService}, as {@code /delivery-endpoints} does, with
 * the same rules (public addresses, https or MLLP over TLS).
 */
@Named("endpoints")
@ViewScoped
public class EndpointsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveryEndpointService endpoints;

    @Inject
    private ConsoleLocale lang;

    private String organisation;
    private String pushUrl;
    private String mllpHost;
    private Integer mllpPort;
    private DeliveryEndpointView current;
    private boolean saved;
    private final Violations violations = new Violations();

    /** Reads the organisation's endpoints into the form. */
    public String open() {
        violations.clear();
        saved = false;
        try {
            current = endpoints.get(Days.blankToNull(organisation));
            pushUrl = current.pushUrl();
            mllpHost = current.mllpHost();
            mllpPort = current.mllpPort();
        } catch (RegistryException refusal) {
            current = null;
            violations.take(refusal, lang);
        }
        return null;
    }

    public String save() {
        violations.clear();
        saved = false;
        try {
            current = endpoints.set(
                    current.organisationCode(),
                    new SetDeliveryEndpoint(Days.blankToNull(pushUrl), Days.blankToNull(mllpHost), mllpPort));
            saved = true;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    public DeliveryEndpointView getCurrent() {
        return current;
    }

    public boolean isSaved() {
        return saved;
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

    public String getPushUrl() {
        return pushUrl;
    }

    public void setPushUrl(String pushUrl) {
        this.pushUrl = pushUrl;
    }

    public String getMllpHost() {
        return mllpHost;
    }

    public void setMllpHost(String mllpHost) {
        this.mllpHost = mllpHost;
    }

    public Integer getMllpPort() {
        return mllpPort;
    }

    public void setMllpPort(Integer mllpPort) {
        this.mllpPort = mllpPort;
    }
}
