package org.returneeregistry.socialsecurity.application;

import org.returneeregistry.socialsecurity.domain.Assessment;

/**
 * An assessment and the rules it ran under: the agreement and the version of its social security section, or
 * neither for an inline rule set.
 */
public record AssessmentView(String agreementId, Integer sectionVersion, Assessment assessment) {}
