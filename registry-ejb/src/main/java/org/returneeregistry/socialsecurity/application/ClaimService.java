package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.application.PartnerRoute;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
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
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.socialsecurity.domain.Assessment;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimAccess;
import org.returneeregistry.socialsecurity.domain.ClaimAction;
import org.returneeregistry.socialsecurity.domain.ClaimPartner;
import org.returneeregistry.socialsecurity.domain.ClaimPeriod;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.domain.ClaimTransition;
import org.returneeregistry.socialsecurity.domain.ClaimantKind;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.SocialSecuritySection;
import org.returneeregistry.socialsecurity.domain.TotalisationEngine;
import org.returneeregistry.socialsecurity.domain.TraceEntry;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;
import org.returneeregistry.socialsecurity.persistence.SocialSecuritySectionRepository;

/**
 * Social security portability claims, end to end: opened by an officer of the home institution under an
 * agreement with a social security section, moved through the claim's state machine ({@link ClaimAction}), given
 * periods by source, and decided on the engine's result under the agreement's section, stored with its trace.
 *
 * <p>Officers act only on their own institution's claims; a partner institution reads only the claims addressed
 * to it ({@link ClaimAccess}), each read decided and logged by the consent decision point on the partner channel
 * (the agreement's legal basis or the returnee's consent). A claim the caller may not see answers NotFound, as an
 * unknown one does. A move the state machine refuses answers {@code ClaimStatusConflict} and writes nothing.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.SOCIAL_SECURITY_OFFICER)
public class ClaimService {

    /** Client-chosen keys: 1 to 64 letters, digits or . _ : - (a UUID fits). */
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    private static final Pattern CLAIM_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The most claims a partner institution's list decides and pages through. */
    static final int MAX_PARTNER_LIST = 2_000;

    /** What a partner's read of a claim discloses about the returnee: who the claim is about. */
    static final Set<DataCategory> READ_CATEGORIES = Set.of(DataCategory.IDENTITY);

    @Inject
    private ClaimRepository claims;

    @Inject
    private SocialSecuritySectionRepository sections;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementRegistry agreements;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private PeriodRequests periodRequests;

    @Inject
    private DecisionNoticeIssuer notices;

    /**
     * Opens a claim in DRAFT. A repeat with the same idempotency key and the same request answers the claim the
     * first one opened; the same key with a different request is refused.
     */
    @AuditOperation("SS_CLAIM_CREATE")
    public CreatedClaim create(CreateClaim command, String idempotencyKey) {
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
        Benefit benefit = SocialSecurityService.code(validation, "benefit", command.benefit(), Benefit.class);
        ClaimantKind kind =
                SocialSecurityService.code(validation, "claimantKind", command.claimantKind(), ClaimantKind.class);
        boolean survivor = kind == ClaimantKind.SURVIVOR;
        validation.check(
                survivor && command.claimantName() == null,
                "claimantName",
                "NotNull",
                "a survivor's claim names the survivor");
        validation.check(
                survivor && command.claimantRelationship() == null,
                "claimantRelationship",
                "NotNull",
                "a survivor's claim gives the relationship to the returnee");
        validation.check(
                kind == ClaimantKind.RETURNEE
                        && (command.claimantName() != null || command.claimantRelationship() != null),
                "claimantKind",
                "Survivor",
                "a claimant's name and relationship are given only for a survivor");
        validation.check(
                survivor && benefit != null && benefit != Benefit.SURVIVORS,
                "benefit",
                "Survivor",
                "a survivor claims the SURVIVORS benefit");
        validation.check(
                command.partnerInstitution() == null && command.partnerInstitutions() == null,
                "partnerInstitution",
                "NotNull",
                "a claim names the partner institution (or partnerInstitutions for several)");
        validation.check(
                command.partnerInstitutions() != null
                        && command.partnerInstitutions().stream().distinct().count()
                                != command.partnerInstitutions().size(),
                "partnerInstitutions",
                "Distinct",
                "each partner institution is named once");
        validation.throwIfInvalid();
        Actor actor = caller.actor();
        String hash = idempotencyKey == null ? null : hash(command);
        if (idempotencyKey != null) {
            Optional<Claim> earlier = claims.createdUnder(actor.organisation(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().createdBy(hash)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey
                                    + " was already used for a different claim; use a new key for a new request.");
                }
                return new CreatedClaim(view(earlier.get()), false);
            }
        }
        section(command.agreementId());
        List<String> institutions = command.institutions();
        for (String institution : institutions) {
            PartnerRoute route = agreements.route(command.agreementId(), institution);
            if (!route.party() || institution.equals(actor.organisation())) {
                throw new RegistryException(
                        ErrorCode.INSTITUTION_NOT_PARTY,
                        institution + " is not a partner institution of agreement " + command.agreementId() + ".");
            }
        }
        if (!returnees.exists(command.registryNumber())) {
            throw RegistryException.notFound("Returnee " + command.registryNumber());
        }
        Claim claim = new Claim(
                command.registryNumber(),
                benefit,
                command.agreementId(),
                actor.organisation(),
                institutions,
                kind,
                command.claimantName(),
                command.claimantRelationship(),
                command.reason(),
                actor,
                clock.instant());
        if (idempotencyKey != null) {
            claim.createdUnder(actor.organisation(), idempotencyKey, hash);
        }
        claims.add(claim);
        try {
            claims.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "Another request with idempotency key " + idempotencyKey
                                + " was being processed; repeat the request to receive its answer.");
            }
            throw e;
        }
        return new CreatedClaim(view(claim), true);
    }

    /** One claim, if the caller may see it; a partner's read is decided and logged by the decision point. */
    @RolesAllowed({Role.Names.SOCIAL_SECURITY_OFFICER, Role.Names.PARTNER_INSTITUTION})
    @AuditOperation("SS_CLAIM_READ")
    public ClaimView get(String claimId) {
        Claim claim = visible(claimId, ClaimAccess.Grant.READ);
        if (isPartner()) {
            AccessDecision decision = decidePartnerRead(claim);
            if (!decision.permitted()) {
                throw new RegistryException(decision.reason().refusal(), decision.refusalText());
            }
        }
        return view(claim);
    }

    /**
     * The caller's claims, newest first: an officer's institution's, or those addressed to the calling partner
     * institution. A partner's claims are each decided and logged before the list is paged (a refused one is left
     * out), so the count and the pages are those of what the partner may see; {@code overdue} is a criterion of
     * the query (timed out, reminded and still silent, or a reminder due), not a filter of one page.
     */
    @RolesAllowed({Role.Names.SOCIAL_SECURITY_OFFICER, Role.Names.PARTNER_INSTITUTION})
    @AuditOperation("SS_CLAIM_LIST")
    public Page<ClaimView> list(ClaimQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        ClaimStatus status = SocialSecurityService.code(validation, "status", query.status(), ClaimStatus.class);
        validation.throwIfInvalid();
        Instant now = clock.instant();
        Instant overdueAt = Boolean.TRUE.equals(query.overdue()) ? now : null;
        String organisation = caller.actor().organisation();
        int page = Page.numberOrFirst(query.page());
        int pageSize = Page.sizeOrDefault(query.pageSize());
        if (!isPartner()) {
            Page<Claim> found = claims.list(organisation, null, status, overdueAt, page, pageSize);
            return new Page<>(
                    found.items().stream().map(c -> view(c, now)).toList(),
                    found.page(),
                    found.pageSize(),
                    found.totalCount());
        }
        List<Claim> permitted = claims.allAddressedTo(organisation, status, overdueAt, MAX_PARTNER_LIST).stream()
                .filter(c -> decidePartnerRead(c).permitted())
                .toList();
        int from = Math.min(Page.firstResult(page, pageSize), permitted.size());
        int to = Math.min(from + pageSize, permitted.size());
        return new Page<>(
                permitted.subList(from, to).stream().map(c -> view(c, now)).toList(), page, pageSize, permitted.size());
    }

    /** Submits a DRAFT claim. */
    @AuditOperation("SS_CLAIM_SUBMIT")
    public ClaimView submit(String claimId, ClaimStep step) {
        return move(claimId, ClaimAction.SUBMIT, step, false);
    }

    /**
     * Asks the partner institution for the returnee's insurance periods: the claim moves to PERIODS_REQUESTED and
     * the request is queued for the partner over the signed exchange.
     */
    @AuditOperation("SS_CLAIM_PERIODS_REQUEST")
    public ClaimView requestPeriods(String claimId, ClaimStep step) {
        InputValidation.of(validator, step).throwIfInvalid();
        Claim claim = visible(claimId, ClaimAccess.Grant.ACT);
        claim.apply(ClaimAction.REQUEST_PERIODS, step.reason(), caller.actor(), clock.instant());
        Instant deadline = times(claim.agreementId()).nextDeadline(claim.periodsRequestedAt(), null);
        for (ClaimPartner partner : claim.partners()) {
            // each institution gets its own signed request, answered and reminded on its own
            claim.requestSentAs(partner, periodRequests.send(claim, partner), deadline);
        }
        claims.flush();
        return view(claim);
    }

    /** Re-sends the period request of a claim awaiting periods now (a reminder); the claim stays where it is. */
    @AuditOperation("SS_CLAIM_PERIODS_REMIND")
    public ClaimView remind(String claimId) {
        Claim claim = visible(claimId, ClaimAccess.Grant.ACT);
        if (claim.status() != ClaimStatus.PERIODS_REQUESTED) {
            throw new RegistryException(
                    ErrorCode.CLAIM_STATUS_CONFLICT,
                    "Claim " + claimId + " is " + claim.status() + "; only a claim awaiting periods is reminded.");
        }
        Instant now = clock.instant();
        Instant deadline = times(claim.agreementId()).nextDeadline(claim.periodsRequestedAt(), now);
        for (ClaimPartner partner : claim.waitingPartners()) {
            // only the institutions still silent are reminded
            claim.reminded(partner, periodRequests.send(claim, partner), now, deadline);
        }
        claims.flush();
        return view(claim);
    }

    /** Starts the assessment of a claim (submitted, with periods received, or reopened). */
    @AuditOperation("SS_CLAIM_ASSESS_START")
    public ClaimView startAssessment(String claimId, ClaimStep step) {
        return move(claimId, ClaimAction.START_ASSESSMENT, step, false);
    }

    /** Withdraws an undecided claim; the reason is required. */
    @AuditOperation("SS_CLAIM_WITHDRAW")
    public ClaimView withdraw(String claimId, ClaimStep step) {
        return move(claimId, ClaimAction.WITHDRAW, step, true);
    }

    /** Reopens a decided claim on appeal; the reason is required. */
    @AuditOperation("SS_CLAIM_REOPEN")
    public ClaimView reopen(String claimId, ClaimStep step) {
        return move(claimId, ClaimAction.REOPEN, step, true);
    }

    /** Attaches the returnee's declared periods or the home institution's record to an undecided claim. */
    @AuditOperation("SS_CLAIM_PERIODS_ADD")
    public ClaimView addPeriods(String claimId, AddClaimPeriods command) {
        InputValidation validation = InputValidation.of(validator, command);
        List<InsurancePeriod> periods = SocialSecurityService.periods(validation, command.periods());
        if (command.periods() != null) {
            for (int i = 0; i < command.periods().size(); i++) {
                var p = command.periods().get(i);
                validation.check(
                        p != null && PeriodSource.PARTNER_CERTIFIED.name().equals(p.source()),
                        "periods[" + i + "].source",
                        "NotPartnerCertified",
                        "a partner's certified periods arrive only in its signed answer");
            }
        }
        validation.throwIfInvalid();
        Claim claim = visible(claimId, ClaimAccess.Grant.ACT);
        Actor actor = caller.actor();
        Instant now = clock.instant();
        for (InsurancePeriod p : periods) {
            claim.addPeriod(p, null, actor, now);
        }
        claims.flush();
        return view(claim);
    }

    /**
     * Decides a claim under assessment: the engine runs on the claim's periods under the agreement's section as
     * it stands now, and the result is stored with its trace and the section's version. When the partner institution
     * was asked for periods, the decision goes to it as a signed {@code ClaimDecision} with the computation, in the
     * same transaction (refused, and nothing written, when the agreement does not let it go). The returnee's signed
     * decision notice is issued in the same transaction too (ADR 0038).
     */
    @AuditOperation("SS_CLAIM_DECIDE")
    public ClaimView decide(String claimId, DecideClaim command) {
        InputValidation validation = InputValidation.of(validator, command);
        ClaimStatus outcome = SocialSecurityService.code(validation, "decision", command.decision(), ClaimStatus.class);
        validation.check(
                outcome != null && !outcome.decided(),
                "decision",
                "OneOf",
                "must be one of APPROVED, REJECTED, PARTLY_APPROVED");
        validation.throwIfInvalid();
        Claim claim = visible(claimId, ClaimAccess.Grant.ACT);
        ClaimAction action =
                switch (outcome) {
                    case APPROVED -> ClaimAction.APPROVE;
                    case REJECTED -> ClaimAction.REJECT;
                    default -> ClaimAction.PARTLY_APPROVE;
                };
        if (action.from(claim.status()).isEmpty()) {
            // refused before the engine runs: nothing is computed for a claim that may not be decided
            claim.decide(action, null, 0, null, null, command.reason(), caller.actor(), clock.instant());
        }
        SocialSecuritySection section = section(claim.agreementId());
        LocalDate asOf = command.asOf() != null ? command.asOf() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<InsurancePeriod> periods =
                claim.periods().stream().map(ClaimPeriod::period).toList();
        Assessment assessment =
                TotalisationEngine.assess(SocialSecurityService.stored(section), claim.benefit(), periods, asOf);
        claim.decide(
                action,
                assessment,
                section.sectionVersion(),
                asOf,
                traceJson(assessment.trace()),
                command.reason(),
                caller.actor(),
                clock.instant());
        PartnerClaimDecision message = decisionMessage(claim, assessment);
        for (ClaimPartner partner : claim.partners()) {
            if (partner.requestMessageId() != null) {
                // each partner that gave (or was asked for) periods is told the decision with its computation
                claim.decisionSentAs(partner, periodRequests.sendDecision(claim, partner, message));
            }
        }
        // the returnee's notice of this decision, with the whole computation: issued with the decision or not at all
        notices.issue(claim, caller.actor());
        claims.flush();
        return view(claim);
    }

    private static PartnerClaimDecision decisionMessage(Claim claim, Assessment assessment) {
        ClaimTransition last = claim.transitions().get(claim.transitions().size() - 1);
        return new PartnerClaimDecision(
                claim.claimId(),
                claim.status().name(),
                claim.outcome(),
                claim.payableAmount(),
                claim.payableBasis(),
                claim.totalisedPeriods(),
                claim.periodUnit(),
                claim.sectionVersion(),
                claim.assessedAsOf(),
                last.at(),
                last.reason(),
                assessment.trace().stream()
                        .map(t -> new PartnerClaimDecision.Step(t.step(), t.text()))
                        .toList());
    }

    private ClaimView move(String claimId, ClaimAction action, ClaimStep step, boolean reasonRequired) {
        InputValidation validation = InputValidation.of(validator, step);
        validation.check(
                reasonRequired && (step.reason() == null || step.reason().isBlank()),
                "reason",
                "NotBlank",
                "must say why");
        validation.throwIfInvalid();
        Claim claim = visible(claimId, ClaimAccess.Grant.ACT);
        claim.apply(action, step.reason(), caller.actor(), clock.instant());
        claims.flush();
        return view(claim);
    }

    /** The claim, if the caller's grant on it is at least {@code needed}; NotFound otherwise. */
    private Claim visible(String claimId, ClaimAccess.Grant needed) {
        if (claimId == null || !CLAIM_ID.matcher(claimId).matches()) {
            throw RegistryException.notFound("Claim " + claimId);
        }
        Claim claim = claims.find(claimId).orElseThrow(() -> RegistryException.notFound("Claim " + claimId));
        ClaimAccess.Grant grant = claim.grantTo(
                caller.hasRole(Role.SOCIAL_SECURITY_OFFICER),
                caller.hasRole(Role.PARTNER_INSTITUTION),
                caller.actor().organisation());
        if (grant == ClaimAccess.Grant.NONE) {
            throw RegistryException.notFound("Claim " + claimId);
        }
        if (grant.compareTo(needed) < 0) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "A partner institution reads the claims addressed to it; it does not act on them.");
        }
        return claim;
    }

    private boolean isPartner() {
        return caller.hasRole(Role.PARTNER_INSTITUTION) && !caller.hasRole(Role.SOCIAL_SECURITY_OFFICER);
    }

    private AccessDecision decidePartnerRead(Claim claim) {
        return decisions.decide(new AccessRequest(
                caller.actor(),
                scope.channel(),
                claim.registryNumber(),
                true,
                Purpose.SOCIAL_SECURITY_CLAIM,
                READ_CATEGORIES));
    }

    private SocialSecuritySection section(String agreementId) {
        agreements.standing(agreementId).orElseThrow(() -> RegistryException.notFound("agreement " + agreementId));
        return sections.latest(agreementId)
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.NO_SOCIAL_SECURITY_SECTION,
                        "agreement " + agreementId + " has no social security section"));
    }

    /** The period request times of the claim's agreement's section (the defaults when it sets none). */
    private PeriodRequestTimes times(String agreementId) {
        return PeriodRequestTimes.of(sections.latest(agreementId));
    }

    private ClaimView view(Claim c) {
        return view(c, clock.instant());
    }

    private ClaimView view(Claim c, Instant now) {
        String awaiting = c.status() == ClaimStatus.PERIODS_REQUESTED
                ? times(c.agreementId()).standing(c.periodsRequestedAt(), c.lastReminderAt(), now)
                : null;
        ClaimView.Decision decision = c.outcome() == null
                ? null
                : new ClaimView.Decision(
                        c.outcome(),
                        c.payableAmount(),
                        c.payableBasis(),
                        c.totalisedPeriods(),
                        c.periodUnit(),
                        c.sectionVersion(),
                        c.assessedAsOf(),
                        trace(c.trace()));
        List<ClaimView.Period> periods = c.periods().stream()
                .map(p -> new ClaimView.Period(p.sequence(), p.period(), p.messageId(), p.addedAt(), p.addedBy()))
                .toList();
        List<ClaimView.Partner> partners = c.partners().stream()
                .map(p -> new ClaimView.Partner(
                        p.institution(),
                        p.standing().name(),
                        p.requestMessageId(),
                        p.requestedAt(),
                        p.remindersSent(),
                        p.lastReminderAt(),
                        c.status() == ClaimStatus.PERIODS_REQUESTED
                                        && p.standing() == ClaimPartner.Standing.WAITING
                                        && p.requestedAt() != null
                                ? times(c.agreementId()).standing(p.requestedAt(), p.lastReminderAt(), now)
                                : null,
                        p.answerMessageId(),
                        p.closedAt(),
                        p.decisionMessageId(),
                        p.decisionMessageId() == null
                                ? null
                                : periodRequests.delivery(p.decisionMessageId()).orElse(null)))
                .toList();
        List<ClaimView.Transition> transitions = new ArrayList<>();
        for (ClaimTransition t : c.transitions()) {
            transitions.add(new ClaimView.Transition(
                    t.sequence(),
                    t.from() == null ? null : t.from().name(),
                    t.to().name(),
                    t.action(),
                    t.at(),
                    t.by(),
                    t.reason()));
        }
        return new ClaimView(
                c.claimId(),
                c.version(),
                c.registryNumber(),
                c.benefit().name(),
                c.agreementId(),
                c.homeInstitution(),
                c.partnerInstitution(),
                partners,
                c.claimantKind().name(),
                c.claimantName(),
                c.claimantRelationship(),
                c.status().name(),
                c.periodsRequestedAt(),
                c.requestMessageId(),
                c.remindersSent(),
                c.lastReminderAt(),
                awaiting,
                decision,
                c.decisionMessageId(),
                periodRequests.delivery(c.decisionMessageId()).orElse(null),
                periods,
                transitions,
                c.createdAt(),
                c.updatedAt());
    }

    static String traceJson(List<TraceEntry> trace) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (TraceEntry t : trace) {
            array.add(Json.createObjectBuilder().add("step", t.step()).add("text", t.text()));
        }
        return array.build().toString();
    }

    static List<TraceEntry> trace(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new TraceEntry(o.getString("step"), o.getString("text")))
                    .toList();
        }
    }

    static String hash(CreateClaim c) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {
            c.registryNumber(),
            c.benefit(),
            c.agreementId(),
            c.partnerInstitution(),
            c.claimantKind(),
            c.claimantName(),
            c.claimantRelationship(),
            c.reason()
        }) {
            text.append(field == null ? "-1:" : field.length() + ":" + field).append('\n');
        }
        if (c.partnerInstitutions() != null) {
            // only then, so a single-partner request hashes as it did before several partners per claim
            text.append("partners:")
                    .append(String.join(",", c.partnerInstitutions()))
                    .append('\n');
        }
        return Sha256.hex(text.toString());
    }
}
