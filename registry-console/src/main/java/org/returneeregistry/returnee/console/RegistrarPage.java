package org.returneeregistry.returnee.console;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Violations;
import org.returneeregistry.reintegration.application.CreateReferral;
import org.returneeregistry.reintegration.application.CreatedReferral;
import org.returneeregistry.reintegration.application.ReferralService;
import org.returneeregistry.returnee.application.CorrectReturnee;
import org.returneeregistry.returnee.application.HistoryView;
import org.returneeregistry.returnee.application.ReturneeQuery;
import org.returneeregistry.returnee.application.ReturneeService;
import org.returneeregistry.returnee.application.ReturneeSummary;
import org.returneeregistry.returnee.application.ReturneeView;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonCorrection;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeListService;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The registrar's returnee: find one by an identifier or by family name and date of birth, for a declared purpose
 * (every hit decided and logged, as {@code GET /returnees} does); open the record and its history (a whole-record
 * read, decided and logged for the same purpose); correct the name or home district with a reason; refer the
 * returnee to a service. Through {@link ReturneeService} and {@link ReferralService}, the services behind REST and
 * SOAP. The registry number stays in the page's state, never in an address.
 */
@Named("registrar")
@ViewScoped
public class RegistrarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReturneeService returnees;

    @EJB
    private ReferralService referrals;

    @EJB
    private CodeListService codeLists;

    @Inject
    private ConsoleLocale lang;

    private String purpose;
    private String identifierType = "PASSPORT";
    private String identifierNumber;
    private String issuingCountry = "NPL";
    private String familyName;
    private String dateOfBirth;
    private Page<ReturneeSummary> found;

    private ReturneeView record;
    private List<HistoryView> history;

    private String correctGivenName;
    private String correctFamilyName;
    private String correctHomeDistrict;
    private String correctionReason;

    private String referralService;
    private String referralRecipient;
    private String referralReason;
    private String referralKey;
    private CreatedReferral referral;

    private Map<String, List<CodeList.Entry>> lists;
    private String lastForm;
    private final Violations violations = new Violations();

    public String search() {
        violations.clear();
        record = null;
        found = null;
        boolean byIdentifier = Days.blankToNull(identifierNumber) != null;
        LocalDate born = null;
        if (!byIdentifier && Days.blankToNull(dateOfBirth) != null) {
            try {
                born = LocalDate.parse(dateOfBirth.strip());
            } catch (DateTimeParseException e) {
                violations.add("dateOfBirth", lang.text("violation.Date"));
                return null;
            }
        }
        try {
            found = returnees.find(new ReturneeQuery(
                    byIdentifier
                            ? new Identifier(identifierType, identifierNumber.strip(), Days.blankToNull(issuingCountry))
                            : null,
                    byIdentifier ? null : Days.blankToNull(familyName),
                    null,
                    born,
                    1,
                    ReturneeQuery.MAX_PAGE_SIZE,
                    Days.blankToNull(purpose)));
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Opens a hit: the whole record and its history, each a read decided and logged for the declared purpose. */
    public String open(String registryNumber) {
        violations.clear();
        referral = null;
        try {
            load(registryNumber);
            referralKey = "WEB-" + UUID.randomUUID();
            correctGivenName = null;
            correctFamilyName = null;
            correctHomeDistrict = null;
            correctionReason = null;
            referralService = null;
            referralRecipient = null;
            referralReason = null;
        } catch (RegistryException refusal) {
            record = null;
            violations.take(refusal, lang);
        }
        return null;
    }

    private void load(String registryNumber) {
        record = returnees.get(registryNumber, Days.blankToNull(purpose));
        history = returnees.history(registryNumber, Days.blankToNull(purpose));
    }

    public String close() {
        record = null;
        history = null;
        violations.clear();
        return null;
    }

    /** Corrects the fields filled in, with the reason; refused when someone changed the record meanwhile. */
    public String correct() {
        violations.clear();
        lastForm = "correct";
        try {
            returnees.correct(new CorrectReturnee(
                    record.registryNumber(),
                    record.version(),
                    Days.blankToNull(correctionReason),
                    new PersonCorrection(
                            Days.blankToNull(correctGivenName),
                            Days.blankToNull(correctFamilyName),
                            null,
                            null,
                            null,
                            null,
                            Days.blankToNull(correctHomeDistrict)),
                    Days.blankToNull(purpose)));
            load(record.registryNumber());
            found = null;
            tell(lang.text("registrar.corrected"));
            correctGivenName = null;
            correctFamilyName = null;
            correctHomeDistrict = null;
            correctionReason = null;
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** Refers the returnee; the form's key makes a repeated submission answer the same referral. */
    public String refer() {
        violations.clear();
        lastForm = "refer";
        try {
            referral = referrals.create(
                    new CreateReferral(
                            record.registryNumber(),
                            Days.blankToNull(referralService),
                            Days.blankToNull(referralRecipient),
                            Days.blankToNull(referralReason)),
                    referralKey);
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    private static void tell(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The entries of a published code list, read once per page. */
    public List<CodeList.Entry> codes(String list) {
        if (lists == null) {
            lists = new LinkedHashMap<>();
            codeLists.all().forEach(l -> lists.put(l.name(), l.entries()));
        }
        return lists.getOrDefault(list, List.of());
    }

    public List<String> getPurposes() {
        return Arrays.stream(Purpose.values()).map(Purpose::code).toList();
    }

    public List<ReturneeSummary> getHits() {
        return found == null ? List.of() : found.items();
    }

    public boolean isSearched() {
        return found != null;
    }

    public ReturneeView getRecord() {
        return record;
    }

    public List<HistoryView> getHistory() {
        return history == null ? List.of() : history;
    }

    public CreatedReferral getReferral() {
        return referral;
    }

    /** The violations no field of the page shows (e.g. a search with neither an identifier nor a name). */
    public List<String> getOtherViolations() {
        return violations
                .others(Set.of(
                        "purpose",
                        "dateOfBirth",
                        "reason",
                        "service",
                        "recipient",
                        "changes",
                        "changes.givenName",
                        "changes.familyName"))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
    }

    public String getLastForm() {
        return lastForm;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getIdentifierType() {
        return identifierType;
    }

    public void setIdentifierType(String identifierType) {
        this.identifierType = identifierType;
    }

    public String getIdentifierNumber() {
        return identifierNumber;
    }

    public void setIdentifierNumber(String identifierNumber) {
        this.identifierNumber = identifierNumber;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public void setIssuingCountry(String issuingCountry) {
        this.issuingCountry = issuingCountry;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getCorrectGivenName() {
        return correctGivenName;
    }

    public void setCorrectGivenName(String correctGivenName) {
        this.correctGivenName = correctGivenName;
    }

    public String getCorrectFamilyName() {
        return correctFamilyName;
    }

    public void setCorrectFamilyName(String correctFamilyName) {
        this.correctFamilyName = correctFamilyName;
    }

    public String getCorrectHomeDistrict() {
        return correctHomeDistrict;
    }

    public void setCorrectHomeDistrict(String correctHomeDistrict) {
        this.correctHomeDistrict = correctHomeDistrict;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getReferralService() {
        return referralService;
    }

    public void setReferralService(String referralService) {
        this.referralService = referralService;
    }

    public String getReferralRecipient() {
        return referralRecipient;
    }

    public void setReferralRecipient(String referralRecipient) {
        this.referralRecipient = referralRecipient;
    }

    public String getReferralReason() {
        return referralReason;
    }

    public void setReferralReason(String referralReason) {
        this.referralReason = referralReason;
    }
}
