package org.returneeregistry.exchange.domain;

/** How a message reaches its recipient. */
public enum Channel {
    /** HTTP POST of a JSON body to the recipient's push URL. */
    JSON_PUSH,
    /** An HL7 v2 message over MLLP to the recipient's host and port. */
    HL7_MLLP,
    /**
     * A partner exchange message under a bilateral agreement: SOAP signed with WS-Security, posted to the partner
     * institution's SOAP endpoint registered on the agreement, acknowledged by a receipt the partner signs.
     */
    PARTNER_SOAP;

    public static final int LENGTH = 16;
}
