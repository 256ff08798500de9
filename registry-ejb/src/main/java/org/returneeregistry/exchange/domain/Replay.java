package org.returneeregistry.exchange.domain;

/** Whether the sender's message id was received before, and if so with the same content. */
public enum Replay {
    NEW,
    /** Received before with the same body: a resend, answered with the first receipt and done nothing again. */
    SAME_CONTENT,
    /** Received before with another body: the message id is reused, which is refused. */
    OTHER_CONTENT
}
