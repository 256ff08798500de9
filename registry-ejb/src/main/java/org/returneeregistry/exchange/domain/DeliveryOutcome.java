package org.returneeregistry.exchange.domain;

import java.util.Objects;

/**
 * What one delivery attempt came to. A failure is one of a few coarse {@link Failure} kinds; what is
 * stored and shown to operators says only that kind ({@link #error()}), never the network detail — a
 * "connection refused" beside a "timed out" would make the outbox a port scanner. {@code detail} is for
 * the server log only. {@code ackCode}/{@code ackText} are the HL7 MSA-1/MSA-3 of an acknowledgement,
 * when there was one.
 */
public record DeliveryOutcome(boolean delivered, Failure failure, String ackCode, String ackText, String detail) {

    /** Why an attempt failed, as far as the registry tells anyone. */
    public enum Failure {
        /** No connection, no answer, or not within the attempt's deadline: which of them is not told. */
        NO_ANSWER("no answer"),
        /** The recipient answered that it cannot take the message now (HTTP 408, 429, 5xx; HL7 AE/CE). */
        REJECTED_FOR_NOW("rejected for now"),
        /** The recipient refused the message (HTTP 3xx/4xx other than 408 and 429; HL7 AR/CR): retrying will not help. */
        REJECTED("rejected"),
        /** The answer was no acknowledgement of this message. */
        BAD_ANSWER("unreadable answer"),
        /** The endpoint's address is one the registry does not send to (plain transport, internal address). */
        DESTINATION_REFUSED("destination refused");

        private final String text;

        Failure(String text) {
            this.text = text;
        }

        /** Whether retrying cannot help: the message goes to the dead letters at once. */
        public boolean permanent() {
            return this == REJECTED || this == DESTINATION_REFUSED;
        }
    }

    public DeliveryOutcome {
        if (delivered == (failure != null)) {
            throw new IllegalArgumentException("an outcome is a delivery or a failure of one kind");
        }
    }

    public static DeliveryOutcome accepted() {
        return new DeliveryOutcome(true, null, null, null, null);
    }

    public static DeliveryOutcome acknowledged(String ackCode, String ackText) {
        return new DeliveryOutcome(true, null, ackCode, ackText, null);
    }

    public static DeliveryOutcome failed(Failure failure, String detail) {
        return new DeliveryOutcome(false, Objects.requireNonNull(failure, "failure"), null, null, detail);
    }

    public static DeliveryOutcome refused(String ackCode, String ackText, Failure failure, String detail) {
        return new DeliveryOutcome(false, Objects.requireNonNull(failure, "failure"), ackCode, ackText, detail);
    }

    /**
     * What an HTTP status of a push means: 2xx is a delivery; 408 (timeout) and 429 (too many requests) and
     * 5xx are for now; any other answer — a redirect the registry does not follow, a 4xx — is a refusal.
     */
    public static DeliveryOutcome ofHttpStatus(int status) {
        if (status >= 200 && status < 300) {
            return accepted();
        }
        String detail = "HTTP " + status;
        if (status == 408 || status == 429 || status >= 500) {
            return failed(Failure.REJECTED_FOR_NOW, detail);
        }
        return failed(Failure.REJECTED, detail);
    }

    /** The neutral text stored with the message: "delivery failed: " and the failure's kind. */
    public String error() {
        return failure == null ? null : "delivery failed: " + failure.text;
    }
}
