package org.returneeregistry.socialsecurity.application;

import com.nimbusds.jose.JWSObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimPeriod;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.domain.StatementAccess;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;
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

    private static final Pattern STATEMENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a statement discloses: who the returnee is and their insurance periods. */
    static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.IDENTITY, DataCategory.SOCIAL_SECURITY);

    @Inject
    private ClaimRepository claims;

    @Inject
    private PeriodStatementRepository statements;

    @Inject
    private Clock clock;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private StatementSigningKey signingKey;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    @ConfigProperty(name = "registry.operator.name", defaultValue = "Returnee Registry")
    String operatorName;

    @Inject
    @ConfigProperty(
            name = "registry.statement.verification-url",
            defaultValue = "http://127.0.0.1:8080/registry/api/v1/statement-verifications")
    String verificationUrl;

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
        List<String> name = returnees
                .nameForPermittedDisclosure(registryNumber)
                .orElseThrow(() -> RegistryException.notFound("Returnee " + registryNumber));
        List<StatementLayout.Line> lines = certifiedPeriods(registryNumber);
        if (lines.isEmpty()) {
            throw new RegistryException(
                    ErrorCode.NO_CERTIFIED_PERIODS,
                    "Returnee " + registryNumber + " has no period certified by a partner institution on any claim;"
                            + " a statement lists certified periods only.");
        }
        String statementId = UUID.randomUUID().toString();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String keyId = signingKey.keyId();
        String payload = payload(statementId, registryNumber, name, issuedAt, keyId, lines);
        JWSObject jws = signingKey.signJson(payload);
        String digest = Sha256.hex(payload);
        String url = verificationUrl(statementId, digest);
        byte[] pdf = StatementLayout.render(
                statementId,
                registryNumber,
                name.get(0),
                name.get(1),
                operatorCode,
                operatorName,
                issuedAt.toString(),
                keyId,
                digest,
                url,
                lines);
        byte[] signedPdf = signingKey
                .pdfSigner()
                .sign(
                        pdf,
                        signingKey.signerName(),
                        "Statement of periods abroad " + statementId,
                        operatorName,
                        issuedAt);
        PeriodStatement statement = new PeriodStatement(
                statementId,
                registryNumber,
                operatorCode,
                issuedAt,
                actor,
                keyId,
                lines.size(),
                digest,
                Sha256.hex(signedPdf),
                flattened(jws),
                signedPdf);
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
        return new StatementDocument(statement.statementId(), statement.signedJson(), statement.signedPdf());
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

    /** The partner-certified periods on the returnee's claims, in claim order then the periods' canonical order. */
    private List<StatementLayout.Line> certifiedPeriods(String registryNumber) {
        List<StatementLayout.Line> lines = new ArrayList<>();
        for (Claim claim : claims.ofReturnee(registryNumber)) {
            claim.periods().stream()
                    .filter(p -> p.period().source() == PeriodSource.PARTNER_CERTIFIED)
                    .sorted((a, b) -> InsurancePeriod.CANONICAL.compare(a.period(), b.period()))
                    .forEach(p -> lines.add(line(claim, p)));
        }
        return lines;
    }

    private static StatementLayout.Line line(Claim claim, ClaimPeriod p) {
        InsurancePeriod period = p.period();
        return new StatementLayout.Line(
                claim.claimId(),
                period.country(),
                period.institution(),
                period.from(),
                period.to(),
                period.type().name(),
                period.total() == null ? null : period.total().amount(),
                period.total() == null ? null : period.total().unit().name(),
                p.messageId());
    }

    /** The signed payload: compact JSON, fields in a fixed order. */
    String payload(
            String statementId,
            String registryNumber,
            List<String> name,
            Instant issuedAt,
            String keyId,
            List<StatementLayout.Line> lines) {
        JsonArrayBuilder periods = Json.createArrayBuilder();
        for (StatementLayout.Line l : lines) {
            JsonObjectBuilder p =
                    Json.createObjectBuilder().add("claimId", l.claimId()).add("country", l.country());
            optional(p, "institution", l.institution());
            p.add("from", l.from().toString());
            optional(p, "to", l.to() == null ? null : l.to().toString());
            p.add("periodType", l.periodType());
            if (l.totalAmount() != null) {
                p.add(
                        "total",
                        Json.createObjectBuilder()
                                .add("amount", l.totalAmount().stripTrailingZeros())
                                .add("unit", l.totalUnit()));
            }
            if (l.days() != null) {
                p.add("days", l.days());
            }
            p.add("source", PeriodSource.PARTNER_CERTIFIED.name());
            optional(p, "messageId", l.messageId());
            periods.add(p);
        }
        JsonArrayBuilder totals = Json.createArrayBuilder();
        StatementLayout.daysByCountry(lines)
                .forEach((country, days) -> totals.add(Json.createObjectBuilder()
                        .add("country", country)
                        .add("days", days)
                        .add("unit", "DAYS")));
        JsonObjectBuilder person = Json.createObjectBuilder();
        optional(person, "givenName", name.get(0));
        optional(person, "familyName", name.get(1));
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("statementId", statementId)
                .add(
                        "issuer",
                        Json.createObjectBuilder().add("code", operatorCode).add("name", operatorName))
                .add("issuedAt", issuedAt.toString())
                .add("kid", keyId)
                .add("registryNumber", registryNumber)
                .add("name", person)
                .add("periods", periods)
                .add("totals", totals)
                .add("verification", verificationUrl)
                .build()
                .toString();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private String verificationUrl(String statementId, String digest) {
        return verificationUrl + "/" + statementId + "?digest=" + digest;
    }

    /** The JWS in the flattened JSON serialisation (RFC 7515 §7.2.2). */
    static String flattened(JWSObject jws) {
        String[] parts = jws.serialize().split("\\.");
        return Json.createObjectBuilder()
                .add("protected", parts[0])
                .add("payload", parts[1])
                .add("signature", parts[2])
                .build()
                .toString();
    }

    private IssuedStatement issued(PeriodStatement s, boolean created) {
        return new IssuedStatement(
                view(s, created), new StatementDocument(s.statementId(), s.signedJson(), s.signedPdf()));
    }

    private StatementView view(PeriodStatement s, boolean created) {
        return new StatementView(
                s.statementId(),
                s.registryNumber(),
                s.issuer(),
                s.issuedAt(),
                s.issuedBy(),
                s.keyId(),
                s.periodCount(),
                s.payloadDigest(),
                verificationUrl(s.statementId(), s.payloadDigest()),
                created);
    }
}
