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
    DELIVERED,
    /** Given up on (refused by the recipient, too many refusals, too old); an operator requeues or discards it. */
    DEAD_LETTER,
    /** Not sent: the disclosure it carries was decided again at send time and denied (e.g. consent revoked). */
    CANCELLED,
    /** A dead letter an operator decided not to send. */
    DISCARDED,
    /**
     * A partner message whose agreement is suspended: not attempted and not aging towards the dead letters; it goes
     * when the agreement is in force again.
     */
    HELD,
    /** A partner message never sent because its agreement was terminated (the reason is kept). */
    ABANDONED;

    public static final int LENGTH = 24;

    /** Whether the message still waits to go; a message that does holds back later HL7 messages about the same person. */
    public boolean open() {
        return this == PENDING || this == IN_FLIGHT || this == AWAITING_ENDPOINT || this == HELD;
    }
}
