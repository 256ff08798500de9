package org.returneeregistry.exchange.domain;

/** Where an outbox message is on its way to the recipient. */
public enum MessageStatus {
    /** Waiting for its next attempt (the first one, or a retry after a failure). */
    PENDING,
    /** Claimed by a dispatcher; if it is not delivered before the lease ends, it is due again. */
    IN_FLIGHT,
    /** The recipient has no endpoint for the message's channel; it goes once one is configured. */
    AWAITING_ENDPOINT,
    /** The recipient accepted it (2xx, or an HL7 AA/CA acknowledgement). */
    DELIVERED;

    public static final int LENGTH = 24;
}
