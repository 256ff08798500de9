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
