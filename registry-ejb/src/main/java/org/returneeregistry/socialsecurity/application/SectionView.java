package org.returneeregistry.socialsecurity.application;

import java.time.Instant;

/** A version of an agreement's social security section, its document as JSON text. */
public record SectionView(
        String agreementId,
        int sectionVersion,
        int agreementVersion,
        String document,
        Instant setAt,
        String setBy,
        String reason) {}
