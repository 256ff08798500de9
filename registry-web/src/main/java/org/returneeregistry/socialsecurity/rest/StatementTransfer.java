package org.returneeregistry.socialsecurity.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.returneeregistry.socialsecurity.application.StatementVerification;
import org.returneeregistry.socialsecurity.application.StatementView;

/** The REST shapes of statements of periods abroad; the service's records never cross the wire themselves. */
final class StatementTransfer {

    private StatementTransfer() {}

    /** A statement as issued: what it is, not what it says (its signed forms are read separately). */
    public record StatementJson(
            String statementId,
            String registryNumber,
            String issuer,
            Instant issuedAt,
            String issuedBy,
            String keyId,
            int periodCount,
            String digest,
            String verificationUrl) {}

    /** The public verification's answer: nothing about the person. */
    public record VerificationJson(String statementId, boolean valid, LocalDate issuedOn, String keyId) {}

    static StatementJson json(StatementView v) {
        return new StatementJson(
                v.statementId(),
                v.registryNumber(),
                v.issuer(),
                v.issuedAt(),
                v.issuedBy(),
                v.keyId(),
                v.periodCount(),
                v.digest(),
                v.verificationUrl());
    }

    static VerificationJson json(StatementVerification v) {
        return new VerificationJson(v.statementId(), v.valid(), v.issuedOn(), v.keyId());
    }
}
