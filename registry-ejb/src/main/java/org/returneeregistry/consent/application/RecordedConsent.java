package org.returneeregistry.consent.application;

/** A consent record and whether this request made it (false: a repeat under the same idempotency key). */
public record RecordedConsent(ConsentView consent, boolean created) {}
