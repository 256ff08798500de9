package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.exchange.application.PartnerRequests;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimPartner;
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

    /** The claim's period request to one of its partners: the first, or a reminder when one already went out. */
    public String send(Claim claim, ClaimPartner partner) {
        return partners.insurancePeriodRequest(
                claim.agreementId(),
                partner.institution(),
                claim.registryNumber(),
                claim.claimId(),
                claim.benefit().name(),
                claim.status() == ClaimStatus.PERIODS_REQUESTED
                                && partner.standing() == ClaimPartner.Standing.WAITING
                                && partner.requestMessageId() != null
                        ? partner.remindersSent() + 1
                        : 0);
    }

    /** The decision on the claim, for one partner institution that was asked for periods. */
    public String sendDecision(Claim claim, ClaimPartner partner, PartnerClaimDecision decision) {
        return partners.claimDecision(
                claim.agreementId(),
                partner.institution(),
                partner.requestMessageId(),
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
