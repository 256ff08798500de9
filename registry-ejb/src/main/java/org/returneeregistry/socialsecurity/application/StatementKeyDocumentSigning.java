package org.returneeregistry.socialsecurity.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.application.DocumentSigning;

/**
 * The consent context's documents signed with the registry's document-signing key ({@link StatementSigningKey}, ADR
 * 0030), so an access report verifies offline with the same published keys and the same verifier as a statement.
 */
@ApplicationScoped
public class StatementKeyDocumentSigning implements DocumentSigning {

    @EJB
    private StatementSigningKey signingKey;

    @Inject
    @ConfigProperty(name = "registry.operator.name", defaultValue = "Returnee Registry")
    String operatorName;

    @Override
    public String keyId() {
        return signingKey.keyId();
    }

    @Override
    public byte[] signPdf(byte[] pdf, String reason, Instant at) {
        return signingKey.pdfSigner().sign(pdf, signingKey.signerName(), reason, operatorName, at);
    }
}
