package org.returneeregistry.agreement.application;

/**
 * Where a message to a partner institution under an agreement may go now: the agreement's status (code list
 * {@code agreement-status}; {@code UNKNOWN} for an agreement the registry does not hold), whether the institution
 * is a party to its current version, and the institution's endpoint registered on the agreement — its address and
 * transport (code list {@code endpoint-transport}: {@code SOAP} or {@code REST}), both null when it declared none.
 */
public record PartnerRoute(
        String agreementId, String status, int version, boolean party, String url, String transport) {

    public static final String UNKNOWN = "UNKNOWN";

    public boolean inForce() {
        return "IN_FORCE".equals(status);
    }

    public boolean suspended() {
        return "SUSPENDED".equals(status);
    }

    /** Terminated, or no longer known: nothing will ever go under it. */
    public boolean ended() {
        return "TERMINATED".equals(status) || UNKNOWN.equals(status);
    }

    /** Whether the institution declared an endpoint a message can be sent to. */
    public boolean reachable() {
        return url != null;
    }
}
