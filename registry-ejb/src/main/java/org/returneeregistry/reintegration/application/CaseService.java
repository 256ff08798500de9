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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.organisation.application.OperatorOrganisation;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.reintegration.domain.ActionStatus;
import org.returneeregistry.reintegration.domain.Assessment;
import org.returneeregistry.reintegration.domain.CaseAccess;
import org.returneeregistry.reintegration.domain.CaseAction;
import org.returneeregistry.reintegration.domain.CaseEvent;
import org.returneeregistry.reintegration.domain.CaseGoal;
import org.returneeregistry.reintegration.domain.CaseId;
import org.returneeregistry.reintegration.domain.CaseOutcome;
import org.returneeregistry.reintegration.domain.CaseRecordVersion;
import org.returneeregistry.reintegration.domain.CaseStatus;
import org.returneeregistry.reintegration.domain.CaseTrigger;
import org.returneeregistry.reintegration.domain.ContactOutcome;
import org.returneeregistry.reintegration.domain.Dimension;
import org.returneeregistry.reintegration.domain.FollowUp;
import org.returneeregistry.reintegration.domain.Level;
import org.returneeregistry.reintegration.domain.Question;
import org.returneeregistry.reintegration.domain.Questionnaire;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralId;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.reintegration.domain.ReintegrationCase;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.reintegration.persistence.CaseRecordRepository;
import org.returneeregistry.reintegration.persistence.CaseRepository;
import org.returneeregistry.reintegration.persistence.ReferralRepository;
import org.returneeregistry.reintegration.persistence.ReferralRouteRepository;
import org.returneeregistry.returnee.application.ReturneeProfile;
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
import org.returneeregistry.shared.domain.Role;

/**
 * Reintegration cases for the registrars who keep them: the case workers of migrant resource centres
 * (registrars whose organisation is a resource centre) and the operator's registrars.
 *
 * <p>Who may do what: a resource centre's registrars see and work the cases their centre holds — any
 * other case answers NotFound, as one that does not exist — and may open one for a returnee, assign
 * their centre's cases (to themselves when no worker is named) and transfer them to another centre.
 * The operator's registrars see every case and place those no centre holds. Only the registry's own
 * consent decision point lets anyone read the special-category answers of an assessment (trafficking,
 * GBV screening): it grants them to the returnee's case worker alone, and logs every such decision.
 *
 * <p>Every change is one verb of {@link ReintegrationCase}, kept in its history, in this call's
 * transaction; a concurrent change to the same case answers StaleVersion.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRAR)
public class CaseService {

    /** The purpose under which a case's screening is read. */
    static final Purpose CASE_PURPOSE = Purpose.REINTEGRATION_SERVICES;

    @Inject
    private CaseRepository cases;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralRouteRepository routes;

    @Inject
    private Recipients recipients;

    @Inject
    private CaseRecordRepository records;

    @Inject
    private Questionnaires questionnaires;

    @Inject
    private CaseSettings settings;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReferralCreated> referralCreated;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private OrganisationDirectory organisations;

    @EJB
    private OperatorOrganisation operator;

    @EJB
    private AccessDecisions decisions;

    /**
     * Opens a case for a returnee who has none open. A resource centre's registrar opens it at their
     * own centre; the operator's registrar names the centre, or it goes to the centre serving the
     * returnee's home district.
     */
    @AuditOperation("CASE_OPEN")
    public CaseView open(OpenCase command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.centre() != null
                        && !operatorCaller()
                        && !command.centre().equals(caller.actor().organisation()),
                "centre",
                "OwnCentre",
                "a resource centre opens cases at its own centre");
        validation.throwIfInvalid();
        ReturneeProfile profile = returnees
                .profile(command.registryNumber())
                .orElseThrow(() -> RegistryException.notFound("Returnee " + command.registryNumber()));
        if (cases.openFor(command.registryNumber()).isPresent()) {
            throw alreadyOpen(command.registryNumber());
        }
        String centre = operatorCaller()
                ? Optional.ofNullable(command.centre())
                        .or(() -> organisations.resourceCentreServing(profile.homeDistrict()))
                        .orElse(null)
                : caller.actor().organisation();
        if (centre != null) {
            requireCentre(centre);
        }
        ReintegrationCase opened = ReintegrationCase.open(
                command.registryNumber(),
                CaseTrigger.REGISTRAR,
                null,
                centre,
                profile(profile),
                settings.schedule(),
                settings.scheduleFrom(profile.returnDate()),
                caller.actor(),
                clock.instant(),
                command.reason());
        cases.add(opened);
        try {
            cases.flush();
        } catch (PersistenceException e) {
            if (LostRace.onUniqueKey(e)) {
                throw alreadyOpen(command.registryNumber());
            }
            throw e;
        }
        return view(opened, false);
    }

    /** The cases the caller may see, newest first. */
    @AuditOperation("CASE_LIST")
    public Page<CaseSummary> list(CaseQuery query) {
        InputValidation.of(validator, query).throwIfInvalid();
        String centre = operatorCaller() ? query.centre() : caller.actor().organisation();
        if (!operatorCaller() && query.centre() != null && !query.centre().equals(centre)) {
            return new Page<>(List.of(), Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()), 0);
        }
        Page<ReintegrationCase> found = cases.list(
                query.registryNumber(),
                query.status() == null ? null : CaseStatus.valueOf(query.status()),
                centre,
                query.worker(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        LocalDate today = today();
        return new Page<>(
                found.items().stream().map(c -> summary(c, today)).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /** A case whole: plan, follow-ups, assessments' scores (special-category ones as decided), history. */
    @AuditOperation("CASE_READ")
    public CaseView get(String caseId) {
        ReintegrationCase c = load(caseId);
        return view(c, screeningGranted(c));
    }

    @AuditOperation("CASE_ASSIGN")
    public CaseView assign(String caseId, AssignCase command) {
        InputValidation validation = InputValidation.of(validator, command);
        boolean operator = operatorCaller();
        validation.check(
                operator && command.worker() == null,
                "worker",
                "NotNull",
                "the operator's registrars name the case worker");
        validation.check(
                !operator
                        && command.centre() != null
                        && !command.centre().equals(caller.actor().organisation()),
                "centre",
                "OwnCentre",
                "a resource centre assigns cases to its own case workers");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        String centre = operator ? command.centre() : caller.actor().organisation();
        if (centre != null && c.centre() == null) {
            requireCentre(centre);
        }
        String worker = command.worker() == null ? caller.actor().username() : command.worker();
        c.assign(centre, worker, caller.actor(), clock.instant(), command.reason());
        flush();
        return view(c, screeningGranted(c));
    }

    @AuditOperation("CASE_TRANSFER")
    public CaseView transfer(String caseId, TransferCase command) {
        InputValidation.of(validator, command).throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        requireCentre(command.centre());
        c.transfer(command.centre(), command.worker(), caller.actor(), clock.instant(), command.reason());
        flush();
        return view(c, false);
    }

    @AuditOperation("CASE_CLOSE")
    public CaseView close(String caseId, CloseCase command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                CaseOutcome.OTHER.name().equals(command.outcome()) && command.reason() == null,
                "reason",
                "ReasonForOther",
                "is required when the outcome is OTHER");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        c.close(CaseOutcome.of(command.outcome()).orElseThrow(), command.reason(), caller.actor(), clock.instant());
        flush();
        return view(c, false);
    }

    /**
     * Records an assessment with a published questionnaire version, its answers checked against the
     * questions' types and ranges (every violation at once; nothing written on any). A positive
     * screening that refers to a service is referred at once to the organisation routed for it, and the
     * referral linked to the case; without a route the referral is suggested. Under an idempotency key, a repeat of the request answers the
     * assessment it recorded, and a different request under the key is refused.
     */
    @AuditOperation("CASE_ASSESS")
    public CreatedAssessment assess(String caseId, RecordAssessment command, String idempotencyKey) {
        InputValidation validation = InputValidation.of(validator, command);
        LocalDate today = today();
        validation.check(
                command.assessedOn() != null && command.assessedOn().isAfter(today),
                "assessedOn",
                "PastOrPresent",
                "must not be in the future");
        validation.check(
                idempotencyKey != null
                        && !ReferralService.IDEMPOTENCY_KEY
                                .matcher(idempotencyKey)
                                .matches(),
                "Idempotency-Key",
                "IdempotencyKey",
                "must be 1 to 64 letters, digits or . _ : -");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        String owner = caller.actor().organisation();
        String hash = idempotencyKey == null ? null : hash(command);
        if (idempotencyKey != null) {
            Optional<Assessment> earlier = c.assessmentUnder(owner, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().recordedFrom(hash)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey
                                    + " was already used for a different assessment of this case; use a new key.");
                }
                Assessment repeated = earlier.get();
                boolean shown = !repeated.holdsSensitive() || screeningGranted(c);
                return new CreatedAssessment(assessment(c, repeated, shown, null, true), false);
            }
        }
        Questionnaire questionnaire = questionnaires
                .find(command.questionnaire(), command.version())
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.UNKNOWN_QUESTIONNAIRE,
                        "No questionnaire " + command.questionnaire() + " version " + command.version()
                                + " is published; GET /questionnaires lists those there are."));
        LocalDate assessedOn = command.assessedOn() == null ? today : command.assessedOn();
        Questionnaire.Evaluation evaluation = questionnaire.evaluate(command.answers());
        InputValidation answers = InputValidation.of(validator, new Object());
        evaluation.violations().forEach(v -> answers.check(true, v.field(), v.rule(), v.message()));
        answers.check(
                assessedOn.isBefore(c.openedOn()),
                "assessedOn",
                "NotBeforeCaseOpened",
                "must not be before the case opened on " + c.openedOn());
        answers.throwIfInvalid();
        Actor actor = caller.actor();
        Instant now = clock.instant();
        Assessment assessment = c.assess(questionnaire, evaluation, assessedOn, actor, now);
        if (idempotencyKey != null) {
            assessment.recordedUnder(owner, idempotencyKey, hash);
        }
        String suggested = null;
        String created = null;
        SupportService refersTo = questionnaire.positiveRefersTo();
        if (evaluation.positive() && refersTo != null) {
            Optional<String> recipient =
                    routes.find(refersTo).map(ReferralRoute::recipient).filter(recipients::isActive);
            if (recipient.isPresent()) {
                Referral referral = referrals.add(Referral.byRegistrar(
                        c.registryNumber(),
                        refersTo,
                        recipient.get(),
                        "Positive " + questionnaire.code() + " assessment in reintegration case " + c.caseId(),
                        actor,
                        now));
                c.linkReferral(referral.referralId().value(), actor, now);
                referralCreated.fire(ReferralService.event(referral, now));
                created = referral.referralId().value();
            } else {
                suggested = refersTo.name();
            }
        }
        flush();
        boolean granted = !assessment.holdsSensitive() || screeningGranted(c);
        return new CreatedAssessment(
                assessment(c, assessment, granted, null, true).withReferral(suggested, created), true);
    }

    /** SHA-256 of the request's fields, each length-prefixed so no two requests share a text. */
    static String hash(RecordAssessment command) {
        StringBuilder text = new StringBuilder();
        java.util.function.Consumer<String> field =
                f -> text.append(f == null ? "-1:" : f.length() + ":" + f).append('\n');
        field.accept(command.questionnaire());
        field.accept(String.valueOf(command.version()));
        field.accept(command.assessedOn() == null ? null : command.assessedOn().toString());
        for (var a : command.answers()) {
            if (a == null) {
                field.accept(null);
                continue;
            }
            field.accept(a.question());
            field.accept(a.kind() == null ? null : a.kind().name());
            field.accept(a.value());
            field.accept(String.valueOf(a.values().size()));
            a.values().forEach(field);
        }
        return org.returneeregistry.shared.domain.Sha256.hex(text.toString());
    }

    /** One assessment with its answers; special-category answers only as the decision point decides. */
    @AuditOperation("CASE_ASSESSMENT_READ")
    public AssessmentView assessment(String caseId, int number) {
        ReintegrationCase c = load(caseId);
        Assessment a = c.assessment(number)
                .orElseThrow(() -> RegistryException.notFound("Assessment " + number + " of case " + caseId));
        if (!a.holdsSensitive()) {
            return assessment(c, a, true, null, true);
        }
        AccessDecision decision = decideScreening(c);
        return assessment(
                c, a, decision.granted().contains(DataCategory.PROTECTION_SCREENING), decision.sequence(), true);
    }

    @AuditOperation("CASE_GOAL_ADD")
    public CaseView addGoal(String caseId, AddGoal command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.dimension() != null
                        && Dimension.of(command.dimension())
                                .filter(Dimension::planned)
                                .isEmpty(),
                "dimension",
                "Code",
                "must be a reintegration-dimension code");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        c.addGoal(
                Dimension.of(command.dimension()).orElseThrow(),
                Level.of(command.level()).orElseThrow(),
                command.description(),
                caller.actor(),
                clock.instant());
        flush();
        return view(c, false);
    }

    @AuditOperation("CASE_ACTION_ADD")
    public CaseView addAction(String caseId, AddAction command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.responsible() != null
                        && organisations.registered(command.responsible()).isEmpty(),
                "responsible",
                "RegisteredOrganisation",
                "must be a registered organisation");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        Optional<CaseAction> added = c.addAction(
                command.goal(),
                command.description(),
                command.responsible(),
                command.dueOn(),
                caller.actor(),
                clock.instant());
        if (added.isEmpty()) {
            InputValidation.of(validator, new Object())
                    .check(true, "goal", "PlanGoal", "the plan has no goal " + command.goal())
                    .throwIfInvalid();
        }
        flush();
        return view(c, false);
    }

    @AuditOperation("CASE_ACTION_END")
    public CaseView endAction(String caseId, int number, EndAction command) {
        InputValidation.of(validator, command).throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        c.endAction(
                        number,
                        command.done() ? ActionStatus.DONE : ActionStatus.CANCELLED,
                        command.note(),
                        caller.actor(),
                        clock.instant())
                .orElseThrow(() -> RegistryException.notFound("Action " + number + " of case " + caseId));
        flush();
        return view(c, false);
    }

    /** Links an existing referral of the same returnee to the case's plan. */
    @AuditOperation("CASE_REFERRAL_LINK")
    public CaseView linkReferral(String caseId, LinkReferral command) {
        InputValidation.of(validator, command).throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        Referral referral = ReferralId.parse(command.referralId())
                .flatMap(referrals::find)
                .orElseThrow(() -> RegistryException.notFound("Referral " + command.referralId()));
        if (!referral.registryNumber().equals(c.registryNumber())) {
            InputValidation.of(validator, new Object())
                    .check(true, "referralId", "SameReturnee", "the referral is of another returnee")
                    .throwIfInvalid();
        }
        c.linkReferral(referral.referralId().value(), caller.actor(), clock.instant());
        flush();
        return view(c, false);
    }

    @AuditOperation("CASE_NOTE_ADD")
    public CaseView addNote(String caseId, AddNote command) {
        InputValidation.of(validator, command).throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        c.note(command.text(), caller.actor(), clock.instant());
        flush();
        return view(c, false);
    }

    /** Records a follow-up contact; one dated before the case opened, or in the future, is refused. */
    @AuditOperation("CASE_FOLLOW_UP")
    public CaseView followUp(String caseId, RecordFollowUp command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.contactedOn() != null && command.contactedOn().isAfter(today()),
                "contactedOn",
                "PastOrPresent",
                "must not be in the future");
        validation.throwIfInvalid();
        ReintegrationCase c = loadForUpdate(caseId);
        c.followUp(
                command.contactedOn(),
                ContactOutcome.of(command.outcome()).orElseThrow(),
                command.note(),
                caller.actor(),
                clock.instant());
        flush();
        return view(c, false);
    }

    /**
     * The follow-ups overdue for a case worker, earliest first: by default the caller's own, at the
     * caller's centre; the operator's registrars name the centre and optionally the worker.
     */
    @AuditOperation("CASE_FOLLOW_UP_OVERDUE")
    public Page<OverdueFollowUp> overdue(OverdueQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        boolean operator = operatorCaller();
        validation.check(
                operator && query.centre() == null,
                "centre",
                "NotNull",
                "the operator's registrars name the resource centre");
        validation.throwIfInvalid();
        String centre = operator ? query.centre() : caller.actor().organisation();
        String worker = query.worker() != null
                ? query.worker()
                : operator ? null : caller.actor().username();
        if (!operator && query.centre() != null && !query.centre().equals(centre)) {
            return new Page<>(List.of(), Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()), 0);
        }
        Page<FollowUp> found = cases.overdue(
                centre, worker, today(), Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream()
                        .map(f -> new OverdueFollowUp(
                                f.reintegrationCase().caseId().value(),
                                f.reintegrationCase().registryNumber(),
                                f.reintegrationCase().centre(),
                                f.reintegrationCase().worker(),
                                f.number(),
                                f.dueOn()))
                        .toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    /**
     * Records the next version of the skills profile of the case's returnee (category SKILLS), whole, with the
     * reason; the case must be open. A profile outlives the case: a later case of the same returnee continues
     * its history. Two changes at once: the second answers StaleVersion.
     */
    @AuditOperation("SKILLS_RECORD")
    public SkillsProfileView recordSkills(String caseId, RecordSkills command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.priorLearning() != null
                        && "NOT_STARTED".equals(command.priorLearning().status())
                        && command.priorLearning().outcome() != null,
                "priorLearning.outcome",
                "NoOutcomeBeforeRecognition",
                "must be absent while recognition of prior learning has not started");
        validation.throwIfInvalid();
        return skillsOf(recordVersion(caseId, CaseRecordKind.SKILLS, SkillsDocument.write(command), command.reason()));
    }

    /** The skills profile of the case's returnee with its history; NotFound when none was recorded. */
    @AuditOperation("SKILLS_READ")
    public SkillsProfileView skills(String caseId) {
        SkillsProfileView view = skillsOf(load(caseId).registryNumber());
        if (view.current() == null) {
            throw RegistryException.notFound("Skills profile of the returnee of case " + caseId);
        }
        return view;
    }

    private SkillsProfileView skillsOf(String registryNumber) {
        List<SkillsProfileView.Version> versions = history(CaseRecordKind.SKILLS, registryNumber, SkillsDocument::read);
        return new SkillsProfileView(registryNumber, current(versions), earlier(versions));
    }

    /**
     * Records the next version of the family members and dependants of the case's returnee (category FAMILY),
     * whole, with the reason; the case must be open. Two changes at once: the second answers StaleVersion.
     */
    @AuditOperation("FAMILY_RECORD")
    public FamilyView recordFamily(String caseId, RecordFamily command) {
        InputValidation validation = InputValidation.of(validator, command);
        LocalDate today = today();
        if (command.members() != null) {
            for (int i = 0; i < command.members().size(); i++) {
                RecordFamily.Member m = command.members().get(i);
                validation.check(
                        m != null && m.dateOfBirth() != null && m.dateOfBirth().isBefore(today.minusYears(130)),
                        "members[" + i + "].dateOfBirth",
                        "Plausible",
                        "must be within the last 130 years");
            }
        }
        validation.throwIfInvalid();
        return familyOf(recordVersion(caseId, CaseRecordKind.FAMILY, FamilyDocument.write(command), command.reason()));
    }

    /** The family members and dependants of the case's returnee with the history; NotFound when none was recorded. */
    @AuditOperation("FAMILY_READ")
    public FamilyView family(String caseId) {
        FamilyView view = familyOf(load(caseId).registryNumber());
        if (view.current() == null) {
            throw RegistryException.notFound("Family record of the returnee of case " + caseId);
        }
        return view;
    }

    private FamilyView familyOf(String registryNumber) {
        List<FamilyView.Version> versions = history(CaseRecordKind.FAMILY, registryNumber, FamilyDocument::read);
        return new FamilyView(registryNumber, current(versions), earlier(versions));
    }

    /**
     * Writes the next version of a case worker's record of the case's returnee, under the case (which must be
     * open, and is locked for the change); a concurrent write of the same version answers StaleVersion.
     * Answers the returnee's registry number.
     */
    private <T extends CaseRecordVersion> String recordVersion(
            String caseId, CaseRecordKind<T> kind, String document, String reason) {
        ReintegrationCase c = loadForUpdate(caseId);
        if (c.status() != CaseStatus.OPEN) {
            throw new RegistryException(
                    ErrorCode.CASE_STATUS_CONFLICT,
                    "Case " + caseId + " is closed; record the " + kind.name() + " on the returnee's open case.");
        }
        List<T> versions = records.versions(kind.type(), c.registryNumber());
        int next = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
        try {
            records.add(kind.factory()
                    .create(
                            c.registryNumber(),
                            next,
                            c.caseId().value(),
                            document,
                            caller.actor(),
                            clock.instant(),
                            reason));
        } catch (PersistenceException e) {
            if (LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.STALE_VERSION,
                        "The " + kind.name() + " was changed by another request at the same time; read it again.");
            }
            throw e;
        }
        return c.registryNumber();
    }

    /** Every version of the returnee's record of this kind as read, the latest first. */
    private <T extends CaseRecordVersion, V> List<V> history(
            CaseRecordKind<T> kind, String registryNumber, Function<T, V> read) {
        return records.versions(kind.type(), registryNumber).stream().map(read).toList();
    }

    private static <V> V current(List<V> versions) {
        return versions.isEmpty() ? null : versions.get(0);
    }

    private static <V> List<V> earlier(List<V> versions) {
        return versions.size() < 2 ? List.of() : versions.subList(1, versions.size());
    }

    /** The published questionnaires, every version. */
    @AuditOperation("QUESTIONNAIRE_LIST")
    public List<QuestionnaireView> questionnaires() {
        return questionnaires.all().stream().map(CaseService::questionnaire).toList();
    }

    /** One questionnaire version; an unknown one is UnknownQuestionnaire. */
    @AuditOperation("QUESTIONNAIRE_READ")
    public QuestionnaireView questionnaire(String code, int version) {
        return questionnaires
                .find(code, version)
                .map(CaseService::questionnaire)
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.UNKNOWN_QUESTIONNAIRE,
                        "No questionnaire " + code + " version " + version + " is published."));
    }

    private boolean operatorCaller() {
        return operator.code().equals(caller.actor().organisation());
    }

    /** Whether the caller may see the case: the operator's registrars, and the centre holding it. */
    private boolean visible(ReintegrationCase c) {
        return CaseAccess.mayWork(operatorCaller(), caller.actor().organisation(), c.centre());
    }

    private ReintegrationCase load(String caseId) {
        return CaseId.parse(caseId)
                .flatMap(cases::find)
                .filter(this::visible)
                .orElseThrow(() -> RegistryException.notFound("Case " + caseId));
    }

    private ReintegrationCase loadForUpdate(String caseId) {
        return CaseId.parse(caseId)
                .flatMap(cases::findForUpdate)
                .filter(this::visible)
                .orElseThrow(() -> RegistryException.notFound("Case " + caseId));
    }

    private void requireCentre(String code) {
        if (organisations.registered(code).isEmpty()) {
            InputValidation.of(validator, new Object())
                    .check(true, "centre", "RegisteredOrganisation", "must be a registered organisation")
                    .throwIfInvalid();
        }
        if (!organisations.isActiveResourceCentre(code)) {
            throw new RegistryException(
                    ErrorCode.CASE_WORKER_UNAVAILABLE,
                    code + " is not an active migrant resource centre; a case is held by one.");
        }
    }

    /**
     * Whether the caller may read the case's special-category answers, when it holds any: asked of the
     * decision point, which logs it. A case without them asks nothing.
     */
    private boolean screeningGranted(ReintegrationCase c) {
        if (c.assessments().stream().noneMatch(Assessment::holdsSensitive)) {
            return true;
        }
        return decideScreening(c).granted().contains(DataCategory.PROTECTION_SCREENING);
    }

    private AccessDecision decideScreening(ReintegrationCase c) {
        return decisions.decide(new AccessRequest(
                caller.actor(),
                scope.channel(),
                c.registryNumber(),
                true,
                CASE_PURPOSE,
                Set.of(DataCategory.PROTECTION_SCREENING)));
    }

    /** Writes the change now; a concurrent change to the same case is answered StaleVersion. */
    private void flush() {
        try {
            cases.flush();
        } catch (OptimisticLockException e) {
            throw new RegistryException(
                    ErrorCode.STALE_VERSION,
                    "The case was changed by another request at the same time; read it again.");
        }
    }

    private static RegistryException alreadyOpen(String registryNumber) {
        return new RegistryException(
                ErrorCode.CASE_ALREADY_OPEN,
                "Returnee " + registryNumber
                        + " already has an open case; work that one (GET /cases?registryNumber=...).");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static ReintegrationCase.Profile profile(ReturneeProfile p) {
        return new ReintegrationCase.Profile(
                p.sex(), p.dateOfBirth(), p.homeDistrict(), p.destinationCountry(), p.returnModality(), p.returnDate());
    }

    private CaseView view(ReintegrationCase c, boolean screeningGranted) {
        LocalDate today = today();
        List<AssessmentView> assessed = new ArrayList<>();
        for (Assessment a : c.assessments()) {
            assessed.add(assessment(c, a, !a.holdsSensitive() || screeningGranted, null, false));
        }
        return new CaseView(
                c.caseId().value(),
                c.registryNumber(),
                c.status().name(),
                c.trigger().name(),
                c.sourceNotification(),
                c.centre(),
                c.worker(),
                c.openedOn(),
                c.openedAt(),
                c.updatedAt(),
                c.closedAt(),
                c.outcome() == null ? null : c.outcome().name(),
                c.closeReason(),
                c.version(),
                assessed,
                c.goals().stream().map(CaseService::goal).toList(),
                c.actions().stream().map(CaseService::action).toList(),
                c.referrals(),
                c.followUps().stream()
                        .map(f -> new CaseView.FollowUpView(
                                f.number(),
                                f.dueOn(),
                                f.contactedOn(),
                                f.outcome() == null ? null : f.outcome().name(),
                                f.note(),
                                c.status() == CaseStatus.OPEN && f.overdueOn(today)))
                        .toList(),
                c.events().stream().map(CaseService::event).toList());
    }

    private static CaseSummary summary(ReintegrationCase c, LocalDate today) {
        return new CaseSummary(
                c.caseId().value(),
                c.registryNumber(),
                c.status().name(),
                c.centre(),
                c.worker(),
                c.openedOn(),
                c.openActions(),
                c.status() == CaseStatus.OPEN
                        ? c.followUps().stream().filter(f -> f.overdueOn(today)).count()
                        : 0,
                c.updatedAt());
    }

    /**
     * An assessment as the caller may see it: a withheld one without its special-category answers and
     * without the points, score and flag they went into.
     */
    private static AssessmentView assessment(
            ReintegrationCase c, Assessment a, boolean granted, Long decision, boolean withAnswers) {
        Optional<Assessment> baseline = c.baseline(a.questionnaire()).filter(b -> b.number() != a.number());
        boolean shown = granted || !a.holdsSensitive();
        List<AssessmentView.AnswerView> answers = withAnswers
                ? a.answers().stream()
                        .filter(x -> shown || !x.sensitive())
                        .map(x -> new AssessmentView.AnswerView(x.question(), x.value()))
                        .toList()
                : null;
        return new AssessmentView(
                a.number(),
                a.questionnaire(),
                a.questionnaireVersion(),
                a.dimension().name(),
                a.assessedOn(),
                shown ? a.points() : null,
                shown ? a.maxPoints() : null,
                shown ? a.score() : null,
                shown ? a.positive() : null,
                baseline.map(Assessment::number).orElse(null),
                shown ? baseline.map(Assessment::score).orElse(null) : null,
                shown ? baseline.map(b -> a.score() - b.score()).orElse(null) : null,
                !shown,
                decision,
                a.recordedBy(),
                a.recordedAt(),
                answers,
                null,
                null);
    }

    private static CaseView.GoalView goal(CaseGoal g) {
        return new CaseView.GoalView(
                g.number(), g.dimension().name(), g.level().name(), g.description(), g.createdAt());
    }

    private static CaseView.ActionView action(CaseAction a) {
        return new CaseView.ActionView(
                a.number(),
                a.goal(),
                a.description(),
                a.responsible(),
                a.dueOn(),
                a.status().name(),
                a.closedAt(),
                a.closingNote());
    }

    private static CaseView.CaseEventView event(CaseEvent e) {
        return new CaseView.CaseEventView(
                e.sequence(),
                e.type().name(),
                e.at(),
                e.actor().display(),
                e.actor().organisation(),
                e.note());
    }

    private static QuestionnaireView questionnaire(Questionnaire q) {
        return new QuestionnaireView(
                q.code(),
                q.version(),
                q.dimension().name(),
                q.title(),
                q.higherIsBetter(),
                q.positiveAt(),
                q.positiveRefersTo() == null ? null : q.positiveRefersTo().name(),
                q.questions().stream().map(CaseService::question).toList());
    }

    private static QuestionnaireView.QuestionView question(Question q) {
        return new QuestionnaireView.QuestionView(
                q.code(),
                q.text(),
                q.type().name(),
                q.required(),
                q.min(),
                q.max(),
                q.options().isEmpty() ? null : q.optionCodes(),
                q.sensitive());
    }
}
