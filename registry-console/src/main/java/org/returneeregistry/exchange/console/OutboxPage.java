package org.returneeregistry.exchange.console;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Paged;
import org.returneeregistry.console.Violations;
import org.returneeregistry.exchange.application.OutboxMessageView;
import org.returneeregistry.exchange.application.OutboxMonitor;
import org.returneeregistry.exchange.application.OutboxQuery;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The administrator's outbox: the messages waiting, failing (waiting again after a failed attempt) or
 * dead-lettered, by recipient, status and kind; a dead letter retried, or abandoned with a reason — through
 * {@link OutboxMonitor}, as {@code /outbox-messages} does. Never a payload: only the delivery state.
 */
@Named("outbox")
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @EJB
    private OutboxMonitor monitor;

    @Inject
    private ConsoleLocale lang;

    private String recipient;
    private String status = "DEAD_LETTER";
    private String kind;
    private final Paged<OutboxMessageView> results = new Paged<>();
    private String selected;
    private String reason;
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
        violations.clear();
        try {
            results.answered(monitor.find(new OutboxQuery(
                    Days.blankToNull(recipient),
                    Days.blankToNull(status),
                    Days.blankToNull(kind),
                    results.getPage(),
                    PAGE_SIZE)));
        } catch (RegistryException refusal) {
            results.refused();
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Sends a dead letter again, at once. */
    public String retry(String id) {
        violations.clear();
        try {
            OutboxMessageView done = monitor.requeue(id);
            tell(lang.text("outbox.retried") + " " + done.subjectRef());
            selected = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return load();
    }

    /** Opens the form asking why a dead letter is abandoned. */
    public String choose(String id) {
        selected = id;
        reason = null;
        violations.clear();
        return null;
    }

    public String cancel() {
        selected = null;
        violations.clear();
        return null;
    }

    /** Abandons the chosen dead letter: it is never sent, and the reason stays with it. */
    public String abandon() {
        violations.clear();
        if (reason == null || reason.isBlank()) {
            violations.add("reason", lang.text("violation.NotBlank"));
            return null;
        }
        try {
            OutboxMessageView done = monitor.discard(selected, reason);
            tell(lang.text("outbox.abandoned") + " " + done.subjectRef());
            selected = null;
            reason = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
            return null;
        }
        return load();
    }

    private static void tell(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public Paged<OutboxMessageView> getResults() {
        return results;
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

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
