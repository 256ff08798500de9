package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.returneeregistry.shared.application.Published;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.persistence.PeriodStatementRepository;

/**
 * What the registry publishes about statements of periods abroad, to anyone, without a token: the public keys and
 * certificates that verify them (so a verifier can work offline with a saved copy), and the answer to a statement
 * id with its digest — the address a statement's QR code carries. The answer names no person: valid or not, the
 * day of issue and the signing key.
 */
@Stateless
@PermitAll
@Published
public class StatementPublication {

    private static final Pattern STATEMENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    @EJB
    private StatementSigningKey signingKey;

    @Inject
    private PeriodStatementRepository statements;

    /** The statement keys as a JWKS, each with its certificate ({@code x5c}). */
    public String jwks() {
        return signingKey.published().toString(true);
    }

    /** The statement certificates, PEM-encoded, each preceded by a comment naming its key id. */
    public String certificates() {
        return signingKey.certificatesPem();
    }

    /**
     * Whether a statement with this id and this digest of its signed payload was issued. An unknown id, a malformed
     * one and a digest that does not match are all simply not valid.
     */
    public StatementVerification verify(String statementId, String digest) {
        if (statementId == null
                || !STATEMENT_ID.matcher(statementId).matches()
                || digest == null
                || !DIGEST.matcher(digest).matches()) {
            return new StatementVerification(statementId, false, null, null);
        }
        return statements
                .find(statementId)
                .filter(s -> MessageDigest.isEqual(
                        s.payloadDigest().getBytes(StandardCharsets.US_ASCII),
                        digest.getBytes(StandardCharsets.US_ASCII)))
                .map(StatementPublication::valid)
                .orElseGet(() -> new StatementVerification(statementId, false, null, null));
    }

    private static StatementVerification valid(PeriodStatement s) {
        return new StatementVerification(
                s.statementId(), true, LocalDate.ofInstant(s.issuedAt(), ZoneOffset.UTC), s.keyId());
    }
}
