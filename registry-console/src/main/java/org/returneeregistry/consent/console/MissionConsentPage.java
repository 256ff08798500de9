package org.returneeregistry.consent.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returneeregistry.consent.application.ConsentService;
import org.returneeregistry.consent.application.ConsentView;
import org.returneeregistry.consent.application.ReceiptKeys;
import org.returneeregistry.consent.application.RecordConsent;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeListService;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The mission officer records the consent a returnee signed at the mission (assisted, or delegated to a
 * representative), with the SHA-256 of the signed form — through {@link ConsentService#record}, as
 * {@code POST /consents} does, so the recording policy decides (a mission records only for people it notified) —
 * and then checks the signed receipt the registry answers against the published receipt keys.
 */
@Named("missionConsent")
@ViewScoped
public class MissionConsentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of(
            "registryNumber",
            "recipient",
            "purposes",
            "categories",
            "method",
            "evidenceHash",
            "representative",
            "validUntil",
            "noticeVersion");

    @EJB
    private ConsentService consents;

    @EJB
    private ReceiptKeys receiptKeys;

    @EJB
    private CodeListService codeLists;

    @Inject
    private ConsoleLocale lang;

    private String registryNumber;
    private String recipient;
    private List<String> purposes = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String method = "ASSISTED";
    private String evidenceHash;
    private String representative;
    private String validUntil;
    private String noticeVersion = "2026-1";
    private String noticeLanguage = "ne";
    private ConsentView recorded;
    /** Fixed when the form opens, so that a resubmitted form records the consent once. */
    private String formKey = java.util.UUID.randomUUID().toString();

    private ReceiptCheck receipt;
    private Map<String, List<CodeList.Entry>> lists;
    private final Violations violations = new Violations();

    @PostConstruct
    void aYearAhead() {
        validUntil = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        Object carried = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(org.returneeregistry.console.CarriedOver.REGISTRY_NUMBER);
        if (carried instanceof String number) {
            registryNumber = number;
        }
    }

    public String record() {
        violations.clear();
        java.time.Instant until = null;
        try {
            until = validUntil == null || validUntil.isBlank()
                    ? null
                    : LocalDate.parse(validUntil.strip())
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
        } catch (DateTimeParseException e) {
            violations.add("validUntil", lang.text("violation.Date"));
            return null;
        }
        try {
            recorded = consents.record(
                            new RecordConsent(
                                    Days.blankToNull(registryNumber),
                                    Days.blankToNull(recipient),
                                    purposes,
                                    categories,
                                    null,
                                    Days.blankToNull(method),
                                    Days.blankToNull(evidenceHash) == null
                                            ? null
                                            : evidenceHash.strip().toLowerCase(java.util.Locale.ROOT),
                                    Days.blankToNull(representative),
                                    null,
                                    null,
                                    until,
                                    Days.blankToNull(noticeVersion),
                                    Days.blankToNull(noticeLanguage),
                                    null),
                            formKey)
                    .consent();
            receipt = ReceiptCheck.of(consents.receipt(recorded.consentId()), receiptKeys.jwks(), recorded.consentId());
        } catch (RegistryException refusal) {
            recorded = null;
            receipt = null;
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Starts a new record (another returnee or another recipient). */
    public String another() {
        formKey = java.util.UUID.randomUUID().toString();
        recorded = null;
        receipt = null;
        registryNumber = null;
        evidenceHash = null;
        violations.clear();
        return null;
    }

    /** The entries of a published code list, read once per form. */
    public List<CodeList.Entry> codes(String list) {
        if (lists == null) {
            lists = new LinkedHashMap<>();
            codeLists.all().forEach(l -> lists.put(l.name(), l.entries()));
        }
        return lists.getOrDefault(list, List.of());
    }

    /** Violations of fields the form does not show on their own (e.g. a list entry's). */
    public List<String> getOtherViolations() {
        return violations.others(FIELDS).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
    }

    public ConsentView getRecorded() {
        return recorded;
    }

    public ReceiptCheck getReceipt() {
        return receipt;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getRegistryNumber() {
        return registryNumber;
    }

    public void setRegistryNumber(String registryNumber) {
        this.registryNumber = registryNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public List<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<String> purposes) {
        this.purposes = purposes == null ? new ArrayList<>() : new ArrayList<>(purposes);
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getEvidenceHash() {
        return evidenceHash;
    }

    public void setEvidenceHash(String evidenceHash) {
        this.evidenceHash = evidenceHash;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public void setNoticeVersion(String noticeVersion) {
        this.noticeVersion = noticeVersion;
    }

    public String getNoticeLanguage() {
        return noticeLanguage;
    }

    public void setNoticeLanguage(String noticeLanguage) {
        this.noticeLanguage = noticeLanguage;
    }
}
