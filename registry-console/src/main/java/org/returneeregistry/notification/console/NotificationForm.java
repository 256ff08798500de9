package org.returneeregistry.notification.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.ConsoleUser;
import org.returneeregistry.console.Violations;
import org.returneeregistry.notification.application.Acknowledgement;
import org.returneeregistry.notification.application.IntakeResult;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeListService;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A mission officer's return notification, for missions without a system of their own: the same command, the
 * same validation and the same answers as {@code POST /return-notifications} and the SOAP port, through
 * {@link ReturnNotificationService#submit}. The form carries its notification id from the moment it opens, so
 * submitting it again (a double click, a reload, a retry after a lost answer) is a replay and shows the first
 * acknowledgement; every violation the service names is shown next to its field.
 */
@Named("notify")
@ViewScoped
public class NotificationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The fields the form shows, by the path the service names them by. */
    static final Set<String> FIELDS = Set.of(
            "notificationId",
            "person.identifiers[0].type",
            "person.identifiers[0].number",
            "person.identifiers[0].issuingCountry",
            "person.name.givenName",
            "person.name.familyName",
            "person.dateOfBirth",
            "person.sex",
            "employment.destinationCountry",
            "employment.employer",
            "employment.occupation",
            "employment.departureDate",
            "employment.endDate",
            "returnModality",
            "returnReason",
            "expectedArrivalDate",
            "portOfEntry");

    @EJB
    private ReturnNotificationService notifications;

    @EJB
    private CodeListService codeLists;

    @Inject
    private ConsoleLocale lang;

    @Inject
    private ConsoleUser me;

    private Map<String, List<CodeList.Entry>> lists;
    private String notificationId = newId();
    private String identifierType = "PASSPORT";
    private String identifierNumber;
    private String issuingCountry = "NPL";
    private String givenName;
    private String familyName;
    private String dateOfBirth;
    private String sex;
    private String destinationCountry;
    private String employer;
    private String occupation;
    private String departureDate;
    private String endDate;
    private String returnModality;
    private String returnReason;
    private String expectedArrivalDate;
    private String portOfEntry;
    private Acknowledgement acknowledgement;
    private boolean replay;
    private final Violations violations = new Violations();

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "WEB-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    public String submit() {
        violations.clear();
        acknowledgement = null;
        LocalDate birth = date("person.dateOfBirth", dateOfBirth);
        LocalDate departure = date("employment.departureDate", departureDate);
        LocalDate end = date("employment.endDate", endDate);
        LocalDate arrival = date("expectedArrivalDate", expectedArrivalDate);
        if (!violations.isEmpty()) {
            return null;
        }
        SubmitReturnNotification command = new SubmitReturnNotification(
                me.getOrganisation(),
                blankToNull(notificationId),
                new PersonDetails(
                        List.of(new Identifier(
                                blankToNull(identifierType),
                                blankToNull(identifierNumber),
                                blankToNull(issuingCountry))),
                        new PersonName(blankToNull(givenName), blankToNull(familyName), null),
                        birth,
                        blankToNull(sex),
                        null,
                        null,
                        null),
                new Employment(
                        blankToNull(destinationCountry),
                        blankToNull(employer),
                        blankToNull(occupation),
                        null,
                        null,
                        null,
                        departure,
                        end),
                blankToNull(returnModality),
                blankToNull(returnReason),
                arrival,
                blankToNull(portOfEntry),
                null,
                null);
        try {
            IntakeResult result = notifications.submit(command);
            acknowledgement = result.acknowledgement();
            replay = !result.firstReceipt();
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** A new, empty notification with an id of its own. */
    public String startNew() {
        notificationId = newId();
        identifierType = "PASSPORT";
        issuingCountry = "NPL";
        identifierNumber = null;
        givenName = null;
        familyName = null;
        dateOfBirth = null;
        sex = null;
        destinationCountry = null;
        employer = null;
        occupation = null;
        departureDate = null;
        endDate = null;
        returnModality = null;
        returnReason = null;
        expectedArrivalDate = null;
        portOfEntry = null;
        acknowledgement = null;
        replay = false;
        violations.clear();
        return null;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, lang.text("violation.Date"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The entries of a published code list, read once per form. */
    public List<CodeList.Entry> codes(String list) {
        if (lists == null) {
            lists = new LinkedHashMap<>();
            codeLists.all().forEach(l -> lists.put(l.name(), l.entries()));
        }
        return lists.getOrDefault(list, List.of());
    }

    public Map<String, String> getOtherViolations() {
        return violations.others(FIELDS);
    }

    public Violations getViolations() {
        return violations;
    }

    public Acknowledgement getAcknowledgement() {
        return acknowledgement;
    }

    public boolean isReplay() {
        return replay;
    }

    public String getMission() {
        return me.getOrganisation();
    }

    public String getNotificationId() {
        return notificationId;
    }

    public void setNotificationId(String notificationId) {
        this.notificationId = notificationId;
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

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
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

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = destinationCountry;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(String departureDate) {
        this.departureDate = departureDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getReturnModality() {
        return returnModality;
    }

    public void setReturnModality(String returnModality) {
        this.returnModality = returnModality;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getExpectedArrivalDate() {
        return expectedArrivalDate;
    }

    public void setExpectedArrivalDate(String expectedArrivalDate) {
        this.expectedArrivalDate = expectedArrivalDate;
    }

    public String getPortOfEntry() {
        return portOfEntry;
    }

    public void setPortOfEntry(String portOfEntry) {
        this.portOfEntry = portOfEntry;
    }
}
