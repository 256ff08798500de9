package org.returneeregistry.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.application.PartnerRoute;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.MessageType;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.OutboundDisclosure;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.EmploymentRecordRequestRepository;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.returnee.application.ReturneeNoticeFacts;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * Messages the registry sends to partner institutions under a bilateral agreement (the outbound side of the partner
 * exchange). Each is decided before it is queued by the consent decision point's outbound decision — the agreement
 * in force, the recipient a party to it, an {@code OUTBOUND} scope row for the message type, purpose and every data
 * category it carries, and the returnee's consent where that row requires it — logged on the {@code PARTNER}
 * channel with the agreement's id and version, and refused with the specific reason. An allowed message is queued
 * in the outbox in the caller's transaction; the dispatcher signs, sends and verifies the partner's receipt
 * ({@link PartnerSender}), and holds it while the agreement is suspended.
 *
 * <p>Only the operator's own registrars and social security officers ask partners for records: what a partner is
 * asked carries a returnee's identifiers across a border, on the operator's account.
 */
@Stateless
@Interceptors(ServiceCall.class)
public class PartnerMessagingService {

    /** What an employment record request carries: the returnee's identifiers. */
    static final Set<DataCategory> REQUEST_CATEGORIES = EnumSet.of(DataCategory.IDENTITY);

    /** What a return notice carries: the person's identity and their work abroad. */
    static final Set<DataCategory> NOTICE_CATEGORIES =
            EnumSet.of(DataCategory.IDENTITY, DataCategory.MIGRATION_HISTORY);

    /** What an employment record answer carries: the person's work abroad. */
    private static final Set<DataCategory> ANSWER_CATEGORIES = EnumSet.of(DataCategory.MIGRATION_HISTORY);

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private AgreementRegistry agreements;

    @EJB
    private ReturneeRecords returnees;

    @Inject
    private OutboxRepository outbox;

    @Inject
    private EmploymentRecordRequests employmentRequests;

    @Inject
    private EmploymentRecordRequestRepository employmentRequestRepository;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    /**
     * Queues an {@code EmploymentRecordRequest} for the returnee to the partner institution under the agreement.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.SOCIAL_SECURITY_OFFICER})
    @AuditOperation("PARTNER_EMPLOYMENT_RECORD_REQUEST")
    public OutboundPartnerMessage requestEmploymentRecords(String registryNumber, RequestEmploymentRecords command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.periodFrom() != null
                        && command.periodTo() != null
                        && command.periodTo().isBefore(command.periodFrom()),
                "periodTo",
                "NotBeforePeriodFrom",
                "must not be before periodFrom");
        validation.throwIfInvalid();
        if (!operatorCode.equals(caller.actor().organisation())) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "Only the registry operator's own staff ask partner institutions for a returnee's records.");
        }
        String type = MessageType.EMPLOYMENT_RECORD_REQUEST.name();
        Purpose purpose = Purpose.of(command.purpose()).orElseThrow();
        boolean exists = returnees.exists(registryNumber);
        AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                command.agreementId(),
                command.recipientInstitution(),
                registryNumber,
                exists,
                type,
                purpose,
                REQUEST_CATEGORIES));
        if (!decision.permitted() || !decision.granted().containsAll(REQUEST_CATEGORIES)) {
            throw refusal(
                    decision, command.agreementId(), command.recipientInstitution(), type, purpose, REQUEST_CATEGORIES);
        }
        List<ReturneeIdentifier> identifiers = returnees.identifiersForPermittedDisclosure(registryNumber);
        if (identifiers.isEmpty()) {
            throw new RegistryException(ErrorCode.NOT_FOUND, "Returnee was not found.");
        }
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        int version = decision.agreementVersion() == null ? 0 : decision.agreementVersion();
        String payload = PartnerMessages.employmentRecordRequest(
                new PartnerMessages.Envelope(
                        id,
                        command.agreementId(),
                        operatorCode,
                        command.recipientInstitution(),
                        now,
                        type,
                        purpose.name(),
                        REQUEST_CATEGORIES.stream().map(Enum::name).toList()),
                identifiers,
                command.periodFrom(),
                command.periodTo());
        outbox.add(OutboxMessage.createPartner(
                id,
                command.recipientInstitution(),
                type,
                null,
                registryNumber,
                payload,
                now,
                command.agreementId(),
                version,
                purpose.name(),
                Set.of(DataCategory.IDENTITY.name())));
        employmentRequests.sent(
                id,
                command.recipientInstitution(),
                command.agreementId(),
                version,
                purpose.name(),
                registryNumber,
                identifiers.subList(0, Math.min(PartnerMessages.MAX_IDENTIFIERS, identifiers.size())),
                command.periodFrom(),
                command.periodTo());
        return new OutboundPartnerMessage(
                id,
                type,
                command.agreementId(),
                version,
                command.recipientInstitution(),
                registryNumber,
                purpose.name(),
                decision.sequence(),
                now);
    }

    /**
     * Queues a {@code ReturnNotice} for the returnee to the partner institution under the agreement: the worker left
     * the country (end of contract, deportation, death …). It carries the person's identifiers, name, date of birth
     * and sex ({@code IDENTITY}) and their latest work abroad ({@code MIGRATION_HISTORY}), so it is decided like the
     * partner's read of both, under the agreement's outbound scope for {@code RETURN_NOTICE}.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    @AuditOperation("PARTNER_RETURN_NOTICE_SEND")
    public OutboundPartnerMessage sendReturnNotice(String registryNumber, SendReturnNotice command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.throwIfInvalid();
        if (!operatorCode.equals(caller.actor().organisation())) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "Only the registry operator's own staff send partner institutions return notices.");
        }
        String type = MessageType.RETURN_NOTICE.name();
        Purpose purpose = Purpose.of(command.purpose()).orElseThrow();
        AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                command.agreementId(),
                command.recipientInstitution(),
                registryNumber,
                returnees.exists(registryNumber),
                type,
                purpose,
                NOTICE_CATEGORIES));
        if (!decision.permitted() || !decision.granted().containsAll(NOTICE_CATEGORIES)) {
            throw refusal(
                    decision, command.agreementId(), command.recipientInstitution(), type, purpose, NOTICE_CATEGORIES);
        }
        ReturneeNoticeFacts person = returnees
                .noticeFactsForPermittedDisclosure(registryNumber)
                .orElseThrow(() -> new RegistryException(ErrorCode.NOT_FOUND, "Returnee was not found."));
        if (person.lastEpisode() == null) {
            InputValidation.of(validator, command)
                    .check(
                            true,
                            "registryNumber",
                            "HasWorkAbroad",
                            "the returnee's record has no period of work abroad for the notice to report")
                    .throwIfInvalid();
        }
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        int version = decision.agreementVersion() == null ? 0 : decision.agreementVersion();
        List<String> categories = NOTICE_CATEGORIES.stream().map(Enum::name).toList();
        String payload = PartnerMessages.returnNotice(
                new PartnerMessages.Envelope(
                        id,
                        command.agreementId(),
                        operatorCode,
                        command.recipientInstitution(),
                        now,
                        type,
                        purpose.name(),
                        categories),
                person,
                command);
        outbox.add(OutboxMessage.createPartner(
                id,
                command.recipientInstitution(),
                type,
                null,
                registryNumber,
                payload,
                now,
                command.agreementId(),
                version,
                purpose.name(),
                Set.copyOf(categories)));
        return new OutboundPartnerMessage(
                id,
                type,
                command.agreementId(),
                version,
                command.recipientInstitution(),
                registryNumber,
                purpose.name(),
                decision.sequence(),
                now);
    }

    /**
     * Employment record requests between the registry and its partners, newest first: those partners sent and the
     * registry's officers answer (INBOUND), and those the registry sent with the partner's answer once it came
     * (OUTBOUND).
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.SOCIAL_SECURITY_OFFICER})
    @AuditOperation("PARTNER_EMPLOYMENT_RECORD_REQUEST_LIST")
    public Page<EmploymentRecordRequestView> employmentRecordRequests(EmploymentRecordRequestQuery query) {
        InputValidation.of(validator, query).throwIfInvalid();
        operatorStaffOnly("read the employment record requests exchanged with partners");
        Page<EmploymentRecordRequest> found = employmentRequestRepository.find(
                query.direction() == null ? null : EmploymentRecordRequest.Direction.valueOf(query.direction()),
                query.status() == null ? null : EmploymentRecordRequest.Status.valueOf(query.status()),
                query.messageId(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(EmploymentRecordRequestView::of).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /**
     * Answers a partner's employment record request: queues a signed {@code EmploymentRecordResponse} to the partner
     * under the request's agreement, its envelope's correlationId the request's message id. Records found are the
     * returnee's data: the answer is decided as the partner's read of {@code MIGRATION_HISTORY} of that returnee (who
     * must hold one of the identifiers asked about) under the agreement's {@code OUTBOUND} scope for
     * {@code EMPLOYMENT_RECORD_RESPONSE} and the request's purpose. An answer that discloses nothing ({@code NOT_FOUND},
     * {@code REFUSED} with its reason code) needs only that scope row. A request is answered once.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.SOCIAL_SECURITY_OFFICER})
    @AuditOperation("PARTNER_EMPLOYMENT_RECORD_ANSWER")
    public OutboundPartnerMessage answerEmploymentRecordRequest(
            String requestId, AnswerEmploymentRecordRequest command) {
        InputValidation validation = InputValidation.of(validator, command);
        boolean found = "FOUND".equals(command.outcome());
        boolean refused = "REFUSED".equals(command.outcome());
        validation.check(
                command.outcome() != null && refused != (command.refusalCode() != null),
                "refusalCode",
                "RefusalCodeWhenRefused",
                "must be given exactly when the outcome is REFUSED");
        validation.check(
                command.outcome() != null && found == command.records().isEmpty(),
                "records",
                "RecordsWhenFound",
                "must list the records exactly when the outcome is FOUND");
        validation.check(
                command.outcome() != null && found == (command.registryNumber() == null),
                "registryNumber",
                "RegistryNumberWhenFound",
                "must name the returnee the records are answered from exactly when the outcome is FOUND");
        for (int i = 0; i < command.records().size(); i++) {
            AnswerEmploymentRecordRequest.Record r = command.records().get(i);
            validation.check(
                    r != null && r.from() != null && r.to() != null && r.to().isBefore(r.from()),
                    "records[" + i + "].to",
                    "NotBeforeFrom",
                    "must not be before from");
        }
        validation.throwIfInvalid();
        operatorStaffOnly("answer partners' employment record requests");
        EmploymentRecordRequest request = employmentRequestRepository
                .findForAnswer(requestId)
                .filter(r -> r.direction() == EmploymentRecordRequest.Direction.INBOUND)
                .orElseThrow(() -> RegistryException.notFound("Employment record request " + requestId));
        if (!request.awaitingAnswer()) {
            throw new RegistryException(
                    ErrorCode.REQUEST_NOT_AWAITING_ANSWER,
                    "Employment record request " + requestId + " was answered already.");
        }
        String type = MessageType.EMPLOYMENT_RECORD_RESPONSE.name();
        Purpose purpose = Purpose.of(request.purpose()).orElseThrow();
        int version;
        Long decisionSequence = null;
        if (found) {
            // the returnee answered from is settled before the decision point is asked: a returnee who holds none of
            // the identifiers asked about is refused without a PERMIT on the decision log for a disclosure never made
            boolean exists = returnees.exists(command.registryNumber());
            if (exists) {
                List<ReturneeIdentifier> held = returnees.identifiersForPermittedDisclosure(command.registryNumber());
                List<ReturneeIdentifier> asked = EmploymentRecordRequests.identifiers(request.identifiers());
                if (held.stream().noneMatch(asked::contains)) {
                    throw RegistryException.invalid(List.of(new org.returneeregistry.shared.domain.Violation(
                            "registryNumber",
                            "HoldsAnIdentifierAsked",
                            "the returnee holds none of the identifiers the request asks about")));
                }
            }
            AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                    request.agreementId(),
                    request.partner(),
                    command.registryNumber(),
                    exists,
                    type,
                    purpose,
                    ANSWER_CATEGORIES));
            if (!decision.permitted() || !decision.granted().containsAll(ANSWER_CATEGORIES)) {
                throw refusal(decision, request.agreementId(), request.partner(), type, purpose, ANSWER_CATEGORIES);
            }
            version = decision.agreementVersion() == null ? 0 : decision.agreementVersion();
            decisionSequence = decision.sequence();
        } else {
            ScopeDecision scope = agreements.scope(
                    request.agreementId(), Direction.OUTBOUND, type, DataCategory.MIGRATION_HISTORY, purpose);
            if (!scope.inScope()) {
                throw scopeRefusal(scope, request.agreementId(), type, purpose, ANSWER_CATEGORIES, "");
            }
            version = scope.version();
        }
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        PartnerEmploymentAnswer answer = new PartnerEmploymentAnswer(
                command.outcome(),
                command.refusalCode(),
                command.refusalReason(),
                command.records().stream()
                        .map(r -> new PartnerEmploymentAnswer.Record(
                                r.employer(), r.from(), r.to(), r.contributionMonths()))
                        .toList());
        List<String> categories = ANSWER_CATEGORIES.stream().map(Enum::name).toList();
        String payload = PartnerMessages.employmentRecordResponse(
                new PartnerMessages.Envelope(
                        id,
                        request.messageId(),
                        request.agreementId(),
                        operatorCode,
                        request.partner(),
                        now,
                        type,
                        purpose.name(),
                        categories),
                answer);
        outbox.add(OutboxMessage.createPartner(
                id,
                request.partner(),
                type,
                null,
                found ? command.registryNumber() : null,
                payload,
                now,
                request.agreementId(),
                version,
                found ? purpose.name() : null,
                found ? Set.copyOf(categories) : null));
        request.answer(
                EmploymentRecordRequest.Outcome.valueOf(command.outcome()),
                refused ? EmploymentRecordRequest.Refusal.valueOf(command.refusalCode()) : null,
                command.refusalReason(),
                EmploymentRecordRequests.recordsJson(answer.records()),
                found ? command.registryNumber() : null,
                id,
                now,
                caller.actor().username() != null
                        ? caller.actor().username()
                        : caller.actor().subject());
        return new OutboundPartnerMessage(
                id,
                type,
                request.agreementId(),
                version,
                request.partner(),
                found ? command.registryNumber() : null,
                purpose.name(),
                decisionSequence,
                now);
    }

    private void operatorStaffOnly(String what) {
        if (!operatorCode.equals(caller.actor().organisation())) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED, "Only the registry operator's own staff " + what + ".");
        }
    }

    /**
     * A denied outbound decision as the caller is told it: what about the agreement stopped it (unknown, the
     * recipient no party to it, not in force, suspended, terminated, outside its validity, outside its scope), or
     * else the decision point's own reason (no consent, returnee unknown …).
     */
    private RegistryException refusal(
            AccessDecision decision,
            String agreementId,
            String recipientInstitution,
            String type,
            Purpose purpose,
            Set<DataCategory> categories) {
        String logged = " Decision " + decision.sequence() + " in the decision log.";
        if (decision.reason() != DecisionReason.NO_AGREEMENT_IN_FORCE
                && decision.reason() != DecisionReason.OUTSIDE_AGREEMENT_SCOPE
                && !decision.permitted()) {
            return new RegistryException(decision.reason().refusal(), decision.refusalText());
        }
        PartnerRoute route = agreements.route(agreementId, recipientInstitution);
        if (PartnerRoute.UNKNOWN.equals(route.status())) {
            return new RegistryException(
                    ErrorCode.NO_AGREEMENT, "The registry has no agreement " + agreementId + "." + logged);
        }
        if (!route.party()) {
            return new RegistryException(
                    ErrorCode.CROSS_BORDER_NEEDS_AGREEMENT,
                    recipientInstitution + " is not a party to agreement " + agreementId
                            + "; no data crosses to it under that agreement." + logged);
        }
        ScopeDecision scope = null;
        for (DataCategory category : categories) {
            scope = agreements.scope(agreementId, Direction.OUTBOUND, type, category, purpose);
            if (!scope.inScope()) {
                break;
            }
        }
        return scopeRefusal(scope, agreementId, type, purpose, categories, logged);
    }

    /** What about the agreement stops an outbound message, as the caller is told it. */
    private static RegistryException scopeRefusal(
            ScopeDecision scope,
            String agreementId,
            String type,
            Purpose purpose,
            Set<DataCategory> categories,
            String logged) {
        String agreement = "Agreement " + agreementId;
        return switch (scope.outcome()) {
            case NO_AGREEMENT ->
                new RegistryException(
                        ErrorCode.NO_AGREEMENT, "The registry has no agreement " + agreementId + "." + logged);
            case NOT_IN_FORCE ->
                new RegistryException(ErrorCode.AGREEMENT_NOT_IN_FORCE, agreement + " is not in force." + logged);
            case SUSPENDED ->
                new RegistryException(ErrorCode.AGREEMENT_SUSPENDED, agreement + " is suspended." + logged);
            case TERMINATED ->
                new RegistryException(ErrorCode.AGREEMENT_TERMINATED, agreement + " is terminated." + logged);
            case OUTSIDE_VALIDITY ->
                new RegistryException(
                        ErrorCode.AGREEMENT_OUTSIDE_VALIDITY, agreement + " is not valid today." + logged);
            case OUT_OF_SCOPE, IN_SCOPE ->
                new RegistryException(
                        ErrorCode.OUT_OF_SCOPE,
                        agreement + " does not allow " + type + " for purpose " + purpose.name() + " with categories "
                                + categories + " outbound." + logged);
        };
    }
}
