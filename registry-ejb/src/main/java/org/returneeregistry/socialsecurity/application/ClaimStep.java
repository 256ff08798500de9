package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** Why a claim moves (kept with the move); required to withdraw or reopen a claim. */
public record ClaimStep(@Text @Size(max = 1000) String reason) {}
