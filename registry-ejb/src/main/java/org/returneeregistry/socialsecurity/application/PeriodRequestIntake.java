package org.returneeregistry.socialsecurity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
import org.returneeregistry.exchange.application.PartnerClaims;
import org.returneeregistry.exchange.application.PartnerPeriodRequest;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.domain.PeriodRequest;
import org.returneeregistry.socialsecurity.domain.TraceEntry;
import org.returneeregistry.socialsecurity.persistence.PeriodRequestRepository;

/**
 * Takes partner institutions' social security messages to this registry's institution in (the exchange's
 * {@link PartnerClaims} port): an insurance period request goes on the officers' worklist — once per partner claim, a
 * re-sent one counted as a reminder — and a decision on a claim is recorded on the request it concludes. A decision
 * on a claim the sender never asked about, or invalid content, is refused before anything is written.
 */
@ApplicationScoped
public class PeriodRequestIntake implements PartnerClaims {

    @Inject
    private PeriodRequestRepository requests;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Override
    public void checkRequest(String sender, PartnerPeriodRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("an insurance period request without its content");
        }
        List<Violation> violations = new ArrayList<>();
        if (code(request.benefit(), Benefit.class).isEmpty()) {
            violations.add(new Violation("query.benefit", "OneOf", "is not a code of social-security-benefit"));
        }
        if (request.identifiers().isEmpty()) {
            violations.add(
                    new Violation("query.identifier", "NotEmpty", "names the person by at least one identifier"));
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
    }

    @Override
    public void receiveRequest(String sender, String agreementId, String messageId, PartnerPeriodRequest request) {
        Optional<PeriodRequest> earlier = requests.forClaim(sender, request.claimId());
        if (earlier.isPresent()) {
            earlier.get().remindedBy(messageId, clock.instant());
            return;
        }
        JsonArrayBuilder identifiers = Json.createArrayBuilder();
        for (PartnerPeriodRequest.Identifier i : request.identifiers()) {
            identifiers.add(Json.createObjectBuilder()
                    .add("type", String.valueOf(i.type()))
                    .add("number", String.valueOf(i.number()))
                    .add("issuingCountry", String.valueOf(i.issuingCountry())));
        }
        requests.add(new PeriodRequest(
                sender,
                operatorCode,
                agreementId,
                request.claimId(),
                request.benefit(),
                identifiers.build().toString(),
                messageId,
                clock.instant()));
        requests.flush();
    }

    @Override
    public void checkDecision(String sender, PartnerClaimDecision decision) {
        concluded(sender, decision);
        List<Violation> violations = new ArrayList<>();
        Optional<ClaimStatus> status = code(decision.decision(), ClaimStatus.class);
        if (status.isEmpty() || !status.get().decided()) {
            violations.add(
                    new Violation("decision.decision", "OneOf", "must be one of APPROVED, REJECTED, PARTLY_APPROVED"));
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
    }

    @Override
    public void receiveDecision(String sender, String messageId, PartnerClaimDecision d) {
        PeriodRequest request = concluded(sender, d);
        List<TraceEntry> trace =
                d.trace().stream().map(s -> new TraceEntry(s.step(), s.text())).toList();
        request.decided(
                messageId,
                d.decision(),
                d.outcome(),
                d.payableAmount(),
                d.payableBasis(),
                d.totalisedPeriods(),
                d.periodUnit(),
                d.assessedAsOf(),
                d.decidedAt(),
                d.reason(),
                ClaimService.traceJson(trace),
                clock.instant());
        requests.flush();
    }

    private PeriodRequest concluded(String sender, PartnerClaimDecision decision) {
        if (decision == null || decision.claimId() == null) {
            throw new IllegalArgumentException("a claim decision without its content");
        }
        return requests.forClaim(sender, decision.claimId())
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.CLAIM_NOT_AWAITING_ANSWER,
                        sender + " never asked this registry's institution for periods for claim " + decision.claimId()
                                + "; there is no request its decision concludes."));
    }

    private static <E extends Enum<E>> Optional<E> code(String value, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
