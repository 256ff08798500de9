package org.returneeregistry.exchange.application;

/**
 * Port: where partner institutions' social security requests to this registry's institution go — their insurance
 * period requests, and their decisions on the claims those requests were for. The social security context implements
 * it; the exchange calls it from the signed inbound endpoint, first to check before anything is written, then to take
 * the message in within its own transaction.
 */
public interface PartnerClaims {

    /** Refuses, with a specific error, a request whose content is invalid; writes nothing. */
    void checkRequest(String sender, PartnerPeriodRequest request);

    /**
     * Puts the request on the worklist of the institution's officers, or, for a claim the sender asked about
     * before, counts it as a reminder of that request.
     */
    void receiveRequest(String sender, String agreementId, String messageId, PartnerPeriodRequest request);

    /**
     * Refuses, with a specific error, a decision on a claim the sender never asked this institution about, or whose
     * content is invalid; writes nothing.
     */
    void checkDecision(String sender, PartnerClaimDecision decision);

    /** Records the decision on the period request it concludes. */
    void receiveDecision(String sender, String messageId, PartnerClaimDecision decision);
}
