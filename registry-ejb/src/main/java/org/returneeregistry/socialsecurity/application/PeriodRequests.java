package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.returneeregistry.exchange.application.PartnerRequests;
import org.returneeregistry.socialsecurity.domain.Claim;

/**
 * Internal API: sends a claim's insurance period request (or its reminder) to the claim's partner institution
 * over the signed partner exchange, inside the caller's business call; answers the message id.
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
                claim.status() == org.returneeregistry.socialsecurity.domain.ClaimStatus.PERIODS_REQUESTED
                                && claim.periodsRequestedAt() != null
                                && claim.requestMessageId() != null
                        ? claim.remindersSent() + 1
                        : 0);
    }
}
