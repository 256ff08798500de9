package org.returneeregistry.reintegration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import org.returneeregistry.organisation.application.OperatorOrganisation;
import org.returneeregistry.reintegration.domain.CaseAccess;
import org.returneeregistry.reintegration.domain.CaseId;
import org.returneeregistry.reintegration.domain.Grievance;
import org.returneeregistry.reintegration.domain.GrievanceAccess;
import org.returneeregistry.reintegration.domain.GrievanceStatus;
import org.returneeregistry.reintegration.domain.ReintegrationCase;
import org.returneeregistry.reintegration.persistence.CaseRepository;
import org.returneeregistry.reintegration.persistence.GrievanceRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;

/**
 * Feedback and grievances of returnees, recorded by registrars (case workers at resource centres, the
 * operator's registrars) on the returnee's behalf — there is no channel where a returnee records one
 * themselves. Who sees and handles which grievance is {@link GrievanceAccess}; one the caller may not see
 * answers NotFound, as one that does not exist. An anonymous grievance holds no case and no registry number.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRAR)
public class GrievanceService {

    @Inject
    private GrievanceRepository grievances;

    @Inject
    private CaseRepository cases;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private OperatorOrganisation operator;

    /**
     * Records a grievance received at the caller's organisation: against a case the caller may work, or
     * anonymously. Under an idempotency key a repeat answers the grievance it recorded; a different request under
     * the key is IdempotencyKeyReused.
     */
    @AuditOperation("GRIEVANCE_RECORD")
    public CreatedGrievance record(RecordGrievance command, String idempotencyKey) {
        InputValidation validation = InputValidation.of(validator, command);
        boolean anonymous = Boolean.TRUE.equals(command.anonymous());
        validation.check(
                anonymous && command.caseId() != null,
                "caseId",
                "Anonymous",
                "must be absent for an anonymous grievance: nothing links it to a person");
        validation.check(
                Boolean.FALSE.equals(command.anonymous()) && command.caseId() == null,
                "caseId",
                "NotNull",
                "names the returnee's case unless the grievance is anonymous");
        validation.check(
                idempotencyKey != null
                        && !ReferralService.IDEMPOTENCY_KEY
                                .matcher(idempotencyKey)
                                .matches(),
                "Idempotency-Key",
                "IdempotencyKey",
                "must be 1 to 64 letters, digits or . _ : -");
        validation.throwIfInvalid();
        String owner = caller.actor().organisation();
        String hash = hash(command);
        if (idempotencyKey != null) {
            Optional<Grievance> earlier = grievances.under(owner, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().recordedFrom(hash)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey
                                    + " was already used for a different grievance; use a new key.");
                }
                return new CreatedGrievance(view(earlier.get()), false);
            }
        }
        Grievance grievance;
        if (anonymous) {
            grievance = Grievance.anonymous(
                    owner, command.category(), command.description(), caller.actor(), clock.instant());
        } else {
            ReintegrationCase c = CaseId.parse(command.caseId())
                    .flatMap(cases::find)
                    .filter(x -> CaseAccess.mayWork(operatorCaller(), owner, x.centre()))
                    .orElseThrow(() -> RegistryException.notFound("Case " + command.caseId()));
            grievance = Grievance.onCase(
                    c.caseId().value(),
                    c.registryNumber(),
                    owner,
                    command.category(),
                    command.description(),
                    caller.actor(),
                    clock.instant());
        }
        if (idempotencyKey != null) {
            grievance.recordedUnder(owner, idempotencyKey, hash);
        }
        grievances.add(grievance);
        try {
            grievances.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "Another request under idempotency key " + idempotencyKey + " is being recorded; repeat it.");
            }
            throw e;
        }
        return new CreatedGrievance(view(grievance), true);
    }

    /** The grievances the caller sees, newest first. */
    @AuditOperation("GRIEVANCE_LIST")
    public Page<GrievanceView> list(GrievanceQuery query) {
        InputValidation.of(validator, query).throwIfInvalid();
        Page<Grievance> found = grievances.list(
                operatorCaller() ? null : caller.actor().organisation(),
                query.status() == null ? null : GrievanceStatus.valueOf(query.status()),
                query.caseId(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(GrievanceService::view).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    @AuditOperation("GRIEVANCE_READ")
    public GrievanceView get(String grievanceId) {
        return view(load(grievanceId, false));
    }

    /** Takes a received (or responded and reopened) grievance under review, with the reason. */
    @AuditOperation("GRIEVANCE_REVIEW")
    public GrievanceView review(String grievanceId, GrievanceChange change) {
        return move(grievanceId, GrievanceStatus.UNDER_REVIEW, change, false);
    }

    /** Records the response given to the returnee; the grievance must be under review. */
    @AuditOperation("GRIEVANCE_RESPOND")
    public GrievanceView respond(String grievanceId, GrievanceChange change) {
        return move(grievanceId, GrievanceStatus.RESPONDED, change, true);
    }

    /** Closes a grievance, with the reason. */
    @AuditOperation("GRIEVANCE_CLOSE")
    public GrievanceView close(String grievanceId, GrievanceChange change) {
        return move(grievanceId, GrievanceStatus.CLOSED, change, false);
    }

    private GrievanceView move(String grievanceId, GrievanceStatus next, GrievanceChange change, boolean responds) {
        InputValidation validation = InputValidation.of(validator, change);
        validation.check(responds && change.response() == null, "response", "NotNull", "is the response given");
        validation.check(!responds && change.response() != null, "response", "Null", "is given only with RESPONDED");
        validation.check(!responds && change.reason() == null, "reason", "NotNull", "says why");
        validation.throwIfInvalid();
        Grievance g = load(grievanceId, true);
        g.move(next, change.response(), change.reason(), caller.actor(), clock.instant());
        try {
            grievances.flush();
        } catch (OptimisticLockException e) {
            throw new RegistryException(
                    ErrorCode.STALE_VERSION,
                    "The grievance was changed by another request at the same time; read it again.");
        }
        return view(g);
    }

    private Grievance load(String grievanceId, boolean forUpdate) {
        Optional<String> id = CaseId.canonicalUuid(grievanceId);
        return id.flatMap(forUpdate ? grievances::findForUpdate : grievances::find)
                .filter(g -> GrievanceAccess.maySee(
                        operatorCaller(), caller.actor().organisation(), g.receivedAt(), g.category()))
                .orElseThrow(() -> RegistryException.notFound("Grievance " + grievanceId));
    }

    private boolean operatorCaller() {
        return operator.code().equals(caller.actor().organisation());
    }

    static String hash(RecordGrievance command) {
        StringBuilder text = new StringBuilder();
        for (String f : new String[] {
            command.caseId(), String.valueOf(command.anonymous()), command.category(), command.description()
        }) {
            text.append(f == null ? "-1:" : f.length() + ":" + f).append('\n');
        }
        return Sha256.hex(text.toString());
    }

    static GrievanceView view(Grievance g) {
        return new GrievanceView(
                g.grievanceId(),
                g.anonymous(),
                g.caseId(),
                g.registryNumber(),
                g.receivedAt(),
                g.category(),
                g.description(),
                g.status().name(),
                g.response(),
                g.createdAt(),
                g.updatedAt(),
                g.version(),
                g.events().stream()
                        .map(e -> new GrievanceView.EventView(
                                e.sequence(), e.status().name(), e.at(), e.actor(), e.organisation(), e.note()))
                        .toList());
    }
}
