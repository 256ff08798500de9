package org.returneeregistry.socialsecurity.application;

import com.nimbusds.jose.JWSObject;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimPeriod;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.domain.SignedDocument;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;

/**
 * Makes a statement of a returnee's periods abroad: gathers every partner-certified period on their claims, signs
 * the JSON payload as a JWS and the PDF laid out from it, and answers the statement ready to be stored. It decides
 * nothing about who may have it: the officer's request ({@link StatementService}) and the registry's own issue at a
 * claim's completion ({@link ClaimStatements}) decide that before they call it.
 */
@Dependent
public class StatementIssuer {

    @Inject
    private ClaimRepository claims;

    @Inject
    private Clock clock;

    @EJB
    private ReturneeRecords returnees;

    @Inject
    private SignedDocuments documents;

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
     * A new statement of the returnee's certified periods, signed in both forms, not yet stored; refused with
     * {@code NoCertifiedPeriods} when no partner certified any period on the returnee's claims.
     */
    PeriodStatement make(String registryNumber, Actor actor) {
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
        SignedDocument signed = documents.sign(
                statementId,
                StatementService.TYPE,
                issuedAt,
                actor,
                "Statement of periods abroad " + statementId,
                keyId -> payload(statementId, registryNumber, name, issuedAt, keyId, lines),
                (keyId, digest, url) -> StatementLayout.render(
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
                        lines));
        return new PeriodStatement(statementId, registryNumber, lines.size(), signed);
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
                .add("format", StatementService.FORMAT)
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

    /** The JWS in the flattened JSON serialisation (RFC 7515 §7.2.2). */
    static String flattened(JWSObject jws) {
        return SignedDocuments.flattened(jws);
    }
}
