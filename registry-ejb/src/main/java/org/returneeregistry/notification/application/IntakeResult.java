package org.returneeregistry.notification.application;

/** An acknowledgement and whether this request was the first receipt (false: a replay). */
public record IntakeResult(Acknowledgement acknowledgement, boolean firstReceipt) {
}
