package org.returneeregistry.reintegration.application;

/** An assessment recorded now ({@code created}), or the one an earlier request under the same idempotency key recorded. */
public record CreatedAssessment(AssessmentView assessment, boolean created) {}
