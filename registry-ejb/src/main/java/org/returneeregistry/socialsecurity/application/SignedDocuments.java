package org.returneeregistry.socialsecurity.application;

import com.nimbusds.jose.JWSObject;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.socialsecurity.domain.SignedDocument;

/**
 * The one way the registry signs a document it hands to a person (a statement of periods abroad, a claim's decision
 * notice, ADR 0030 and 0038): the JSON payload as a JWS typed for the document, the PDF laid out from the same content
 * with the digest of that payload and a QR code leading to the public verification, signed with a PAdES signature —
 * both with the registry's document-signing key ({@link StatementSigningKey}), so one set of published keys, one
 * public verification and one offline verifier serve every such document.
 */
@Dependent
public class SignedDocuments {

    @EJB
    private StatementSigningKey signingKey;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    @ConfigProperty(name = "registry.operator.name", defaultValue = "Returnee Registry")
    String operatorName;

    @Inject
    @ConfigProperty(
            name = "registry.statement.verification-url",
            defaultValue = "http://127.0.0.1:8080/registry/api/v1/statement-verifications")
    String verificationUrl;

    /** Lays out a document's PDF once its key, payload digest and verification address are known. */
    @FunctionalInterface
    public interface Layout {
        byte[] render(String keyId, String digest, String verificationUrl);
    }

    /** The base address of the public verification; a document's own is {@code base/<id>?digest=<digest>}. */
    public String verificationBase() {
        return verificationUrl;
    }

    /** The address of a document's public verification, the one its QR code carries. */
    public String verificationUrl(String documentId, String payloadDigest) {
        return verificationUrl + "/" + documentId + "?digest=" + payloadDigest;
    }

    /**
     * Signs document {@code documentId} as the operator, at {@code at}, on {@code actor}'s request: {@code payload}
     * gives its JSON payload for the signing key's id, typed {@code type} in the JWS header; {@code layout} its PDF,
     * signed with {@code reason}. The answer is the document as it is stored.
     */
    public SignedDocument sign(
            String documentId,
            String type,
            Instant at,
            Actor actor,
            String reason,
            Function<String, String> payload,
            Layout layout) {
        String keyId = signingKey.keyId();
        String json = payload.apply(keyId);
        JWSObject jws = signingKey.signJson(json, type);
        String digest = Sha256.hex(json);
        byte[] pdf = layout.render(keyId, digest, verificationUrl(documentId, digest));
        byte[] signedPdf = signingKey.pdfSigner().sign(pdf, signingKey.signerName(), reason, operatorName, at);
        return new SignedDocument(
                operatorCode, at, actor, keyId, digest, Sha256.hex(signedPdf), flattened(jws), signedPdf);
    }

    /** The JWS in the flattened JSON serialisation (RFC 7515 §7.2.2). */
    public static String flattened(JWSObject jws) {
        String[] parts = jws.serialize().split("\\.");
        return Json.createObjectBuilder()
                .add("protected", parts[0])
                .add("payload", parts[1])
                .add("signature", parts[2])
                .build()
                .toString();
    }
}
