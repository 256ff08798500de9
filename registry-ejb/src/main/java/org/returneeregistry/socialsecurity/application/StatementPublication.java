package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.returneeregistry.shared.application.Published;
import org.returneeregistry.socialsecurity.domain.DecisionNotice;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;
import org.returneeregistry.socialsecurity.domain.SignedDocument;
import org.returneeregistry.socialsecurity.persistence.DecisionNoticeRepository;
import org.returneeregistry.socialsecurity.persistence.PeriodStatementRepository;

/**
 * What the registry publishes about its signed documents to people (statements of periods abroad, claims' decision
 * notices), to anyone, without a token: the public keys and certificates that verify them (so a verifier can work
 * offline with a saved copy), and the answer to a document id with its digest — the address a document's QR code
 * carries. The answer names no person: valid or not, the day of issue and the signing key.
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

    @Inject
    private DecisionNoticeRepository notices;

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
            return StatementVerification.notIssued(statementId);
        }
        Predicate<SignedDocument> hasDigest = signed -> signed.hasPayloadDigest(digest);
        return statements
                .find(statementId)
                .map(PeriodStatement::document)
                .filter(hasDigest)
                .or(() ->
                        notices.find(statementId).map(DecisionNotice::document).filter(hasDigest))
                .map(signed -> StatementVerification.issued(statementId, signed))
                .orElseGet(() -> StatementVerification.notIssued(statementId));
    }
}
