package org.returneeregistry.consent.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returneeregistry.consent.application.ConsentService;
import org.returneeregistry.consent.application.ConsentView;
import org.returneeregistry.consent.application.ReceiptKeys;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The auditor's consent lookup: a returnee's consent records, newest first, each with its status now and its
 * history (what it superseded, what superseded it, its revocation) — {@link ConsentService#ofReturnee}, as
 * {@code GET /consents?returnee=} — and a record's signed receipt checked against the published receipt keys.
 */
@Named("consentLookup")
@ViewScoped
public class ConsentLookupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsentService consents;

    @EJB
    private ReceiptKeys receiptKeys;

    @Inject
    private ConsoleLocale lang;

    private String returnee;
    private List<ConsentView> records;
    private final Map<String, ReceiptCheck> receipts = new HashMap<>();
    private final Violations violations = new Violations();

    public String search() {
        violations.clear();
        receipts.clear();
        records = null;
        if (Days.blankToNull(returnee) == null) {
            violations.add("returnee", lang.text("violation.NotBlank"));
            return null;
        }
        try {
            records = consents.ofReturnee(returnee.strip());
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Fetches the record's signed receipt and verifies it as its holder would, offline. */
    public String verify(String consentId) {
        try {
            receipts.put(consentId, ReceiptCheck.of(consents.receipt(consentId), receiptKeys.jwks(), consentId));
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    public ReceiptCheck receiptOf(String consentId) {
        return receipts.get(consentId);
    }

    public boolean isSearched() {
        return records != null;
    }

    public List<ConsentView> getRecords() {
        return records == null ? List.of() : records;
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
}
