package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
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
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.domain.SignedDocument;
import org.returneeregistry.socialsecurity.domain.StatementAccess;
import org.returneeregistry.socialsecurity.persistence.PeriodStatementRepository;

/**
 * The signed statement of a returnee's periods abroad: every period a partner institution certified in its signed
 * answer to one of the returnee's claims, with institution, dates, type, totals and the answering message, issued
 * as a signed JSON document (a JWS) and a signed PDF in English and Nepali whose QR code leads to the public
 * verification. Both verify offline against the registry's published statement keys.
 *
 * <p>Who may issue or read one is {@link StatementAccess} (a registrar or social security officer of the operator);
 * the returnee's data it carries is then decided and logged by the consent decision point like every read. A
 * returnee with no certified period gets {@code NoCertifiedPeriods} and nothing is written. Issuing is idempotent on
 * the caller's key.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.SOCIAL_SECURITY_OFFICER})
public class StatementService {

    public static final String FORMAT = "returnee-registry-period-statement/1";
    public static final String TYPE = "period-statement+json";

    private static final Pattern STATEMENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a statement discloses: who the returnee is and their insurance periods. */
    static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.IDENTITY, DataCategory.SOCIAL_SECURITY);

    @Inject
    private StatementIssuer issuer;

    @Inject
    private SignedDocuments documents;

    @Inject
    private PeriodStatementRepository statements;

    @Inject
    private Validator validator;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private AccessDecisions decisions;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    /**
     * Issues a new statement of the returnee's certified periods abroad. A repeat with the same idempotency key for
     * the same returnee answers the statement the first one issued; the same key for another returnee is refused.
     */
    @AuditOperation("SS_STATEMENT_ISSUE")
    public IssuedStatement issue(String registryNumber, String idempotencyKey) {
        List<Violation> violations = new ArrayList<>();
        if (RegistryNumber.parse(registryNumber).isEmpty()) {
            violations.add(new Violation(
                    "registryNumber", "RegistryNumber", "must look like RR-0000-0042-7 with a valid check digit"));
        }
        if (idempotencyKey != null
                && !ClaimService.IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            violations.add(
                    new Violation("Idempotency-Key", "IdempotencyKey", "must be 1 to 64 letters, digits or . _ : -"));
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
        Actor actor = permitted();
        if (idempotencyKey != null) {
            Optional<PeriodStatement> earlier = statements.issuedUnder(actor.organisation(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().registryNumber().equals(registryNumber)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey + " was already used for another returnee's"
                                    + " statement; use a new key for a new request.");
                }
                // a repeat hands out the same signed forms: a read like any other, decided and logged
                decide(actor, registryNumber, true);
                return issued(earlier.get(), false);
            }
        }
        decide(actor, registryNumber, returnees.exists(registryNumber));
        PeriodStatement statement = issuer.make(registryNumber, actor);
        if (idempotencyKey != null) {
            statement.issuedUnder(actor.organisation(), idempotencyKey);
        }
        statements.add(statement);
        try {
            statements.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "Another request with idempotency key " + idempotencyKey
                                + " was being processed; repeat the request to receive its answer.");
            }
            throw e;
        }
        return issued(statement, true);
    }

    /** A statement's signed forms; the read of the returnee's data is decided and logged as every read. */
    @AuditOperation("SS_STATEMENT_READ")
    public StatementDocument get(String registryNumber, String statementId) {
        Actor actor = permitted();
        PeriodStatement statement = find(registryNumber, statementId);
        decide(actor, registryNumber, true);
        return StatementDocument.of(statement.statementId(), statement.document());
    }

    /**
     * The returnee's statements, newest first: what each is (id, issue, key, periods, digest), not what it says.
     * The read is decided and logged as a read of the returnee's data, as the read of one statement is.
     */
    @AuditOperation("SS_STATEMENT_LIST")
    public Page<StatementView> list(String registryNumber, StatementQuery query) {
        InputValidation.of(validator, query)
                .check(
                        RegistryNumber.parse(registryNumber).isEmpty(),
                        "registryNumber",
                        "RegistryNumber",
                        "must look like RR-0000-0042-7 with a valid check digit")
                .throwIfInvalid();
        Actor actor = permitted();
        boolean exists = returnees.exists(registryNumber);
        decide(actor, registryNumber, exists);
        if (!exists) {
            throw RegistryException.notFound("Returnee " + registryNumber);
        }
        Page<PeriodStatement> found = statements.ofReturnee(
                registryNumber, Page.numberOrFirst(query.page()), Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(s -> view(s, false)).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    private PeriodStatement find(String registryNumber, String statementId) {
        if (statementId == null || !STATEMENT_ID.matcher(statementId).matches()) {
            throw RegistryException.notFound("Statement " + statementId);
        }
        return statements
                .find(statementId)
                .filter(s -> s.registryNumber().equals(registryNumber))
                .orElseThrow(() -> RegistryException.notFound("Statement " + statementId));
    }

    /** The read of the returnee's data a statement carries, decided and logged; refused when denied. */
    private void decide(Actor actor, String registryNumber, boolean exists) {
        decisions
                .decide(new AccessRequest(
                        actor, scope.channel(), registryNumber, exists, Purpose.SOCIAL_SECURITY_CLAIM, CATEGORIES))
                .orRefuse();
    }

    private Actor permitted() {
        Actor actor = caller.actor();
        StatementAccess.Decision decision = StatementAccess.decide(
                caller.roles(EnumSet.of(Role.REGISTRAR, Role.SOCIAL_SECURITY_OFFICER)),
                actor.organisation().equals(operatorCode));
        if (!decision.permitted()) {
            throw new RegistryException(ErrorCode.NOT_AUTHORIZED, "Refused: " + decision.reason() + ".");
        }
        return actor;
    }

    private IssuedStatement issued(PeriodStatement s, boolean created) {
        return new IssuedStatement(view(s, created), StatementDocument.of(s.statementId(), s.document()));
    }

    private StatementView view(PeriodStatement s, boolean created) {
        SignedDocument signed = s.document();
        return new StatementView(
                s.statementId(),
                s.registryNumber(),
                signed.issuer(),
                signed.issuedAt(),
                signed.issuedBy(),
                signed.keyId(),
                s.periodCount(),
                signed.payloadDigest(),
                documents.verificationUrl(s.statementId(), signed.payloadDigest()),
                created);
    }
}
