package org.returneeregistry.reintegration.application;

/** A grievance recorded now ({@code created}), or the one an earlier request under the same idempotency key recorded. */
public record CreatedGrievance(GrievanceView grievance, boolean created) {}
