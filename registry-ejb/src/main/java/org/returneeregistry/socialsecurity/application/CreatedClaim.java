package org.returneeregistry.socialsecurity.application;

/** The claim a creation answers, and whether this request created it (false: a repeat under the same key). */
public record CreatedClaim(ClaimView claim, boolean created) {}
