package org.returneeregistry.exchange.application;

/**
 * Port: where a partner's certified insurance periods go. The social security context implements it (its claims
 * await the answers); the exchange calls it from the signed inbound endpoint, first to check before anything is
 * written, then to take the answer in within the message's transaction.
 */
public interface InsurancePeriodAnswers {

    /**
     * Refuses, with a specific error, an answer no claim awaits from the sender under the correlation id, or whose
     * periods are invalid; writes nothing.
     */
    void check(String sender, String correlationId, PartnerPeriodAnswer answer);

    /** Stores the certified periods on the claim, which moves to periods received. */
    void receive(String sender, String correlationId, String messageId, PartnerPeriodAnswer answer);
}
