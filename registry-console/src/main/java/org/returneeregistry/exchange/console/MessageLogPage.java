package org.returneeregistry.exchange.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Paged;
import org.returneeregistry.console.Violations;
import org.returneeregistry.exchange.application.MessageLogQuery;
import org.returneeregistry.exchange.application.MessageLogService;
import org.returneeregistry.exchange.application.MessageLogView;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The auditor's view of the cross-border message log: search by agreement, sender, message id, decision, reason
 * and period, page through the answer, open an entry (envelope, signature, X-Road header, hashes). Every search is
 * one call of {@link MessageLogService}, the service behind {@code /exchange-messages}.
 */
@Named("messageLog")
@ViewScoped
public class MessageLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @EJB
    private MessageLogService log;

    @Inject
    private ConsoleLocale lang;

    private String agreement;
    private String sender;
    private String messageId;
    private String decision;
    private String reason;
    private String from;
    private String to;
    private final Paged<MessageLogView> results = new Paged<>();
    private MessageLogView selected;
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
            results.answered(log.find(new MessageLogQuery(
                    Days.blankToNull(agreement),
                    Days.blankToNull(sender),
                    Days.blankToNull(messageId),
                    Days.blankToNull(decision),
                    Days.blankToNull(reason),
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

    public String show(MessageLogView entry) {
        selected = entry;
        return null;
    }

    public String closeDetail() {
        selected = null;
        return null;
    }

    public MessageLogView getSelected() {
        return selected;
    }

    public Paged<MessageLogView> getResults() {
        return results;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
