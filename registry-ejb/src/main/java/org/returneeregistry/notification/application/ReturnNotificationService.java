package org.returneeregistry.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.notification.domain.NotificationKey;
import org.returneeregistry.notification.domain.PendingClaim;
import org.returneeregistry.returnee.application.PersonRules;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.CurrentCaller;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;

/**
 * Receives return notifications from missions and answers their status.
 *
 * <p>Intake is idempotent on (missionCode, notificationId) and compares a SHA-256 hash of the
 * notification's canonical JSON, so a replay over SOAP of what first came over REST is still a
 * replay. Notifications racing in at the same moment meet at the database: two copies of one
 * notification, or two notifications registering one new person, at a unique key (returns for a
 * returnee already registered wait for each other on a row lock). The loser's transaction is rolled
 * back and intake runs again on what the winner committed, at most {@value #ATTEMPTS} times in all.
 *
 * <p>A mission speaks only for itself: the mission code in a notification must be the organisation
 * of the caller's token, and a mission reads back only its own notifications. Registrars read any.
 */
@Stateless
@Interceptors(ServiceCall.class)
public class ReturnNotificationService {

    static final Jsonb CANONICAL = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
            .withNullValues(false));
    private static final int MAX_DAYS_AHEAD = 366;
    private static final int ATTEMPTS = 3;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private NotificationIntake intake;

    @EJB
    private CallerContext caller;

    @Inject
    private CurrentCaller currentCaller;

    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("NOTIFICATION_SUBMIT")
    public IntakeResult submit(SubmitReturnNotification command) {
        validate(validator, clock, command);
        Actor actor = currentCaller.actor();
        if (!command.missionCode().equals(actor.organisation())) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "The notification names mission "
                            + command.missionCode() + " but the caller acts for " + actor.organisation()
                            + "; a mission submits only its own notifications.");
        }
        String content = CANONICAL.toJson(command);
        String hash = Sha256.hex(content);
        return LostRace.retried(
                "take in notification " + command.notificationId(),
                ATTEMPTS,
                () -> intake.receive(command, content, hash));
    }

    @RolesAllowed({Role.Names.MISSION_OFFICER, Role.Names.REGISTRAR})
    @AuditOperation("NOTIFICATION_STATUS")
    public Acknowledgement status(String missionCode, String notificationId) {
        Actor actor = caller.actor();
        if (!caller.hasRole(Role.REGISTRAR) && !actor.organisation().equals(missionCode)) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "A mission reads only its own notifications; the caller" + " acts for " + actor.organisation()
                            + ", not " + missionCode + ".");
        }
        return intake.status(new NotificationKey(missionCode, notificationId));
    }

    /**
     * One page of the caller's mission's notifications, newest first, each with its acknowledgement as it
     * stands now: a mission lists only its own.
     */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @AuditOperation("NOTIFICATION_LIST")
    public Page<Acknowledgement> ofOwnMission(Integer page, Integer pageSize) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(
                page != null && (page < 1 || page > Page.MAX_PAGE), "page", "Range", "must be 1 to " + Page.MAX_PAGE);
        validation.check(
                pageSize != null && (pageSize < 1 || pageSize > Page.MAX_PAGE_SIZE),
                "pageSize",
                "Range",
                "must be 1 to " + Page.MAX_PAGE_SIZE);
        validation.throwIfInvalid();
        return intake.ofMission(caller.actor().organisation(), Page.numberOrFirst(page), Page.sizeOrDefault(pageSize));
    }

    /** Checks a notification before intake: the contract's constraints and the rules between its dates. */
    static void validate(Validator validator, Clock clock, SubmitReturnNotification command) {
        InputValidation validation = InputValidation.of(validator, command);
        LocalDate arrival = command.expectedArrivalDate();
        LocalDate birth = command.person() == null ? null : command.person().dateOfBirth();
        PersonRules.check(validation, "person", command.person());
        PersonRules.check(validation, "employment", command.employment(), birth);
        if (arrival != null) {
            LocalDate departure =
                    command.employment() == null ? null : command.employment().departureDate();
            validation.check(
                    departure != null && !arrival.isAfter(departure),
                    "expectedArrivalDate",
                    "ArrivalAfterDeparture",
                    "must be after the departure date " + departure);
            validation.check(
                    birth != null && !arrival.isAfter(birth),
                    "expectedArrivalDate",
                    "AfterBirth",
                    "must be after the date of birth " + birth);
            validation.check(
                    arrival.isAfter(LocalDate.now(clock).plusDays(MAX_DAYS_AHEAD)),
                    "expectedArrivalDate",
                    "WithinAYear",
                    "must be at most " + MAX_DAYS_AHEAD + " days ahead");
        }
        List<PendingClaim> claims = command.pendingClaims();
        for (int i = 0; i < claims.size(); i++) {
            PendingClaim claim = claims.get(i);
            validation.check(
                    claim != null && claim.amount() != null && claim.currency() == null,
                    "pendingClaims[" + i + "].currency",
                    "CurrencyWithAmount",
                    "is required when an amount is given");
        }
        validation.throwIfInvalid();
    }
}
