package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.exchange.application.PartnerRequests;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.domain.PeriodRequest;

/**
 * Internal API: the social security messages this registry sends partner institutions over the signed partner
 * exchange, inside the caller's business call — a claim's insurance period request (or its reminder), the claim's
 * decision, and this institution's answer to a partner's request; each answers the message id.
 */
@Stateless
@PermitAll
public class PeriodRequests {

    @EJB
    private PartnerRequests partners;

    public String send(Claim claim) {
        return partners.insurancePeriodRequest(
                claim.agreementId(),
                claim.partnerInstitution(),
                claim.registryNumber(),
                claim.claimId(),
                claim.benefit().name(),
                claim.status() == ClaimStatus.PERIODS_REQUESTED
                                && claim.periodsRequestedAt() != null
                                && claim.requestMessageId() != null
                        ? claim.remindersSent() + 1
                        : 0);
    }

    /** The decision on the claim, for the partner institution that was asked for periods. */
    public String sendDecision(Claim claim, PartnerClaimDecision decision) {
        return partners.claimDecision(
                claim.agreementId(),
                claim.partnerInstitution(),
                claim.requestMessageId(),
                claim.registryNumber(),
                decision);
    }

    /** This institution's answer (periods or refusal) to a partner's request, naming its latest message. */
    public String sendAnswer(PeriodRequest request, PartnerPeriodAnswer answer) {
        return partners.insurancePeriodAnswer(
                request.agreementId(),
                request.senderInstitution(),
                request.latestMessageId(),
                "PR-" + request.requestId(),
                answer);
    }

    /** Where a message sent through this bean stands on its way (DELIVERED once the partner's receipt verified). */
    public Optional<String> delivery(String messageId) {
        return partners.delivery(messageId);
    }
}
