package org.returneeregistry.reintegration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralEvent;
import org.returneeregistry.reintegration.domain.ReferralId;
import org.returneeregistry.reintegration.domain.ReferralOutcome;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.reintegration.domain.ReferralStatus;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.reintegration.persistence.ReferralRepository;
import org.returneeregistry.reintegration.persistence.ReferralRouteRepository;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;

/**
 * Referrals of returnees to line ministries and service providers: registrars create and route them,
 * recipients list, read, accept, decline and report outcomes.
 *
 * <p>A recipient sees only the referrals addressed to its own organisation — the organisation of the
 * caller's token. Any other referral answers NotFound, exactly as one that does not exist, so a
 * ministry cannot learn which returnees were referred elsewhere. Registrars see and may act on every
 * referral (e.g. to record a decision a ministry gave on paper).
 *
 * <p>A referral's free text may reveal what the service is about; a recipient's view carries it only
 * when the consent decision point grants the category the service's text may reveal.
 *
 * <p>Every referral that gets a recipient — created with one, or routed later — fires
 * {@link ReferralCreated} inside this transaction, so what observers write commits with it.
 *
 * <p>A registrar's POST may carry an idempotency key: a repeat with the same key and the same request
 * answers the referral the first one created; the same key with a different request is refused.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.MINISTRY_SYSTEM})
public class ReferralService {

    /** Client-chosen keys: 1 to 64 letters, digits or . _ : - (a UUID fits). */
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralRouteRepository routes;

    @Inject
    private Recipients recipients;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReferralCreated> created;

    @EJB
    private CallerContext caller;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private AccessDecisions decisions;

    @Inject
    private CallScope scope;

    /**
     * Refers a returnee to a service: to the recipient named, or else to the one routed for the
     * service. Refused when the returnee is unknown, the recipient is not an active organisation,
     * or no recipient is named and none is routed.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    @AuditOperation("REFERRAL_CREATE")
    public CreatedReferral create(CreateReferral command, String idempotencyKey) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.registryNumber() != null
                        && RegistryNumber.parse(command.registryNumber()).isEmpty(),
                "registryNumber",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        validation.check(
                idempotencyKey != null
                        && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches(),
                "Idempotency-Key",
                "IdempotencyKey",
                "must be 1 to 64 letters, digits or . _ : -");
        validation.throwIfInvalid();
        Actor actor = caller.actor();
        String hash = idempotencyKey == null ? null : hash(command);
        if (idempotencyKey != null) {
            Optional<Referral> earlier = referrals.createdUnder(actor.organisation(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().createdBy(hash)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey
                                    + " was already used for a different referral; use a new key for a new request.");
                }
                return new CreatedReferral(view(earlier.get()), false);
            }
        }
        SupportService service = SupportService.of(command.service()).orElseThrow();
        String recipient = command.recipient();
        if (recipient == null) {
            recipient = routes.find(service)
                    .map(ReferralRoute::recipient)
                    .orElseThrow(() -> new RegistryException(
                            ErrorCode.NO_REFERRAL_ROUTE,
                            "No recipient is named and no organisation is routed for " + service
                                    + "; name the recipient, or ask a registry administrator to route the service."));
        }
        recipients.requireActive("recipient", recipient);
        if (!returnees.exists(command.registryNumber())) {
            throw RegistryException.notFound("Returnee " + command.registryNumber());
        }
        Instant now = clock.instant();
        Referral referral =
                Referral.byRegistrar(command.registryNumber(), service, recipient, command.reason(), actor, now);
        if (idempotencyKey != null) {
            referral.createdUnder(actor.organisation(), idempotencyKey, hash);
        }
        referrals.add(referral);
        try {
            referrals.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "Another request with idempotency key " + idempotencyKey
                                + " was being processed; repeat the request to receive its answer.");
            }
            throw e;
        }
        created.fire(event(referral, now));
        return new CreatedReferral(view(referral), true);
    }

    /** Names the recipient of an UNROUTED referral, which is then sent to it. */
    @RolesAllowed(Role.Names.REGISTRAR)
    @AuditOperation("REFERRAL_ROUTE")
    public ReferralView route(String referralId, RouteTo command) {
        InputValidation.of(validator, command).throwIfInvalid();
        Referral referral = load(referralId);
        recipients.requireActive("recipient", command.recipient());
        Instant now = clock.instant();
        referral.route(command.recipient(), caller.actor(), now);
        flush();
        created.fire(event(referral, now));
        return view(referral);
    }

    /** The referrals the caller may see, newest first. */
    @AuditOperation("REFERRAL_LIST")
    public Page<ReferralSummary> list(ReferralQuery query) {
        InputValidation.of(validator, query).throwIfInvalid();
        Page<Referral> found = referrals.list(
                visibleRecipient().orElse(null),
                query.registryNumber(),
                query.status() == null ? null : ReferralStatus.valueOf(query.status()),
                query.service() == null
                        ? null
                        : SupportService.of(query.service()).orElseThrow(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(ReferralService::summary).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    @AuditOperation("REFERRAL_READ")
    public ReferralView get(String referralId) {
        return viewFor(load(referralId));
    }

    @AuditOperation("REFERRAL_ACCEPT")
    public ReferralView accept(String referralId) {
        Referral referral = load(referralId);
        referral.accept(caller.actor(), clock.instant());
        flush();
        return viewFor(referral);
    }

    @AuditOperation("REFERRAL_DECLINE")
    public ReferralView decline(String referralId, DeclineReferral command) {
        InputValidation.of(validator, command).throwIfInvalid();
        Referral referral = load(referralId);
        referral.decline(command.reason(), caller.actor(), clock.instant());
        flush();
        return viewFor(referral);
    }

    @AuditOperation("REFERRAL_REPORT_OUTCOME")
    public ReferralView reportOutcome(String referralId, ReportOutcome command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                ReferralOutcome.OTHER.name().equals(command.outcome())
                        && (command.note() == null || command.note().isBlank()),
                "note",
                "NoteForOther",
                "is required when the outcome is OTHER");
        validation.throwIfInvalid();
        Referral referral = load(referralId);
        referral.complete(
                ReferralOutcome.of(command.outcome()).orElseThrow(), command.note(), caller.actor(), clock.instant());
        flush();
        return viewFor(referral);
    }

    /**
     * The referral as the caller may see it. Registrars, who keep the case, see it whole. A recipient's
     * view carries the free text only when the consent decision point — asked, and logged, as for any
     * read of the returnee, for the referral's purpose — grants the category the text may reveal.
     */
    private ReferralView viewFor(Referral referral) {
        ReferralView view = view(referral);
        if (caller.hasRole(Role.REGISTRAR)) {
            return view;
        }
        DataCategory revealed = referral.service().revealedCategory();
        AccessDecision decision = decisions.decide(new AccessRequest(
                caller.actor(),
                scope.channel(),
                referral.registryNumber(),
                true,
                referral.purpose(),
                Set.of(revealed)));
        return decision.granted().contains(revealed) ? view : view.withoutFreeText();
    }

    /** The referral, if the caller may see it; NotFound otherwise, the same as for an unknown id. */
    private Referral load(String referralId) {
        Optional<String> only = visibleRecipient();
        return ReferralId.parse(referralId)
                .flatMap(referrals::find)
                .filter(r -> only.isEmpty() || r.addressedTo(only.get()))
                .orElseThrow(() -> RegistryException.notFound("Referral " + referralId));
    }

    /** The only recipient whose referrals the caller sees; empty for a registrar, who sees all. */
    private Optional<String> visibleRecipient() {
        return caller.hasRole(Role.REGISTRAR)
                ? Optional.empty()
                : Optional.of(caller.actor().organisation());
    }

    /** Writes the change now; a concurrent change to the same referral is answered StaleVersion. */
    private void flush() {
        try {
            referrals.flush();
        } catch (OptimisticLockException e) {
            throw new RegistryException(
                    ErrorCode.STALE_VERSION,
                    "The referral was changed by another request at the same time; read it again.");
        }
    }

    static ReferralCreated event(Referral r, Instant at) {
        return new ReferralCreated(
                r.referralId().value(),
                r.registryNumber(),
                r.service().name(),
                r.recipient(),
                r.purpose().code(),
                at);
    }

    static ReferralView view(Referral r) {
        return new ReferralView(
                r.referralId().value(),
                r.registryNumber(),
                r.service().name(),
                r.purpose().code(),
                r.purpose().dpv(),
                r.recipient(),
                r.source().name(),
                r.sourceNotification(),
                r.reason(),
                r.status().name(),
                r.declineReason(),
                r.outcome() == null ? null : r.outcome().name(),
                r.outcomeNote(),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                r.events().stream().map(ReferralService::event).toList());
    }

    private static ReferralEventView event(ReferralEvent e) {
        return new ReferralEventView(
                e.sequence(),
                e.status().name(),
                e.at(),
                e.actor().display(),
                e.actor().organisation(),
                e.note());
    }

    private static ReferralSummary summary(Referral r) {
        return new ReferralSummary(
                r.referralId().value(),
                r.registryNumber(),
                r.service().name(),
                r.recipient(),
                r.status().name(),
                r.createdAt(),
                r.updatedAt());
    }

    /** SHA-256 of the request's fields, each length-prefixed so no two requests share a text. */
    static String hash(CreateReferral c) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {c.registryNumber(), c.service(), c.recipient(), c.reason()}) {
            text.append(field == null ? "-1:" : field.length() + ":" + field).append('\n');
        }
        return Sha256.hex(text.toString());
    }
}
