package org.returneeregistry.agreement.application;

import java.time.LocalDate;
import java.util.List;

/** The terms a registration or an amendment carries, checked by {@link AgreementRules}. */
interface TermsInput {

    String title();

    String legalReference();

    LocalDate signatureDate();

    LocalDate entryIntoForceDate();

    LocalDate validFrom();

    LocalDate validUntil();

    Integer retentionDays();

    List<AgreementParty> parties();

    List<AgreementScope> scope();
}
