package org.returneeregistry.notification.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returneeregistry.notification.application.Acknowledgement;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.shared.domain.Page;

/** A mission officer's list of the mission's notifications, newest first, each with its acknowledgement now. */
@Named("ownNotifications")
@ViewScoped
public class OwnNotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnNotificationService notifications;

    private int page = 1;
    private Page<Acknowledgement> found;
    private Acknowledgement selected;

    public List<Acknowledgement> getItems() {
        if (found == null) {
            found = notifications.ofOwnMission(page, Page.DEFAULT_PAGE_SIZE);
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

    public int getPage() {
        return page;
    }

    /** Opens one notification: its acknowledgement as the registry answers it now (status and match may move on). */
    public String open(Acknowledgement item) {
        selected = notifications.status(item.missionCode(), item.notificationId());
        return null;
    }

    public String close() {
        selected = null;
        return null;
    }

    /** Goes on to record the consent the returnee signed at the mission, the registry number carried over. */
    public String recordConsent() {
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .put(org.returneeregistry.console.CarriedOver.REGISTRY_NUMBER, selected.registryNumber());
        return "/mission/consent";
    }

    public Acknowledgement getSelected() {
        return selected;
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
}
