package org.returneeregistry.verify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies a signed statement of periods abroad (format {@value #FORMAT}) or a claim's decision notice (format
 * {@value #NOTICE_FORMAT}) — the registry's signed documents to people — against the registry's published
 * statement keys (a JWKS whose keys carry their X.509 certificate in {@code x5c}), without the registry.
 *
 * <p>The JSON form is a JWS in the flattened JSON serialisation (or compact): it verifies when the key its header
 * names ({@code kid}) is among the published keys and its signature holds over the header and the payload exactly
 * as they are — one changed character of the payload breaks it. The PDF form carries a CMS signature (PAdES): it
 * verifies when it has one signature, covering the whole file but the signature's own value, by a published
 * certificate, whose digest of the signed bytes matches — one changed byte in the signed range breaks it. Old
 * statements keep verifying after a key rotation as long as the old key stays in the published set.
 */
public final class StatementVerifier {

    public static final String FORMAT = "returnee-registry-period-statement/1";
    public static final String TYPE = "period-statement+json";

    /** A claim's decision notice to the returnee, signed the same way with the same keys. */
    public static final String NOTICE_FORMAT = "returnee-registry-decision-notice/1";

    public static final String NOTICE_TYPE = "decision-notice+json";

    /** The registry's signed documents to people this verifier knows: JWS type, payload format, id member, name. */
    private record Kind(String type, String format, String idMember, String name) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(TYPE, FORMAT, "statementId", "Statement"),
            new Kind(NOTICE_TYPE, NOTICE_FORMAT, "noticeId", "Decision notice"));

    private final JWKSet keys;

    public StatementVerifier(JWKSet keys) {
        this.keys = Objects.requireNonNull(keys);
    }

    /** The outcome: valid or not, what was found, and the statement's fields when the JSON form verified. */
    public record Result(boolean valid, List<String> report, Map<String, Object> statement) {}

    /** The JSON form: the flattened JWS JSON serialisation, or the compact serialisation. */
    public Result verifyJson(String document) {
        List<String> report = new ArrayList<>();
        try {
            String text = document.strip();
            String compact = text;
            if (text.startsWith("{")) {
                Map<String, Object> json = JSONObjectUtils.parse(text);
                compact = JSONObjectUtils.getString(json, "protected") + "."
                        + JSONObjectUtils.getString(json, "payload") + "."
                        + JSONObjectUtils.getString(json, "signature");
            }
            JWSObject jws = JWSObject.parse(compact);
            String kid = jws.getHeader().getKeyID();
            report.add("Signed with key " + kid + " (" + jws.getHeader().getAlgorithm() + ")");
            String type = jws.getHeader().getType() == null
                    ? null
                    : jws.getHeader().getType().getType();
            Kind kind = KINDS.stream()
                    .filter(k -> k.type().equals(type))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                return failed(report, "Not a statement of periods abroad nor a decision notice: type " + type);
            }
            JWK key = kid == null ? null : keys.getKeyByKeyId(kid);
            if (key == null) {
                return failed(report, "The key " + kid + " is not among the published keys");
            }
            if (!jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey(key)))) {
                return failed(
                        report,
                        "The signature does not match the statement: it was altered or not signed" + " by key " + kid);
            }
            Map<String, Object> statement = jws.getPayload().toJSONObject();
            if (statement == null || !kind.format().equals(statement.get("format"))) {
                return failed(report, "The payload is not a document of format " + kind.format());
            }
            if (!kid.equals(statement.get("kid"))) {
                return failed(report, "The statement names key " + statement.get("kid") + ", its signature " + kid);
            }
            report.add(kind.name() + " " + statement.get(kind.idMember()) + " issued at " + statement.get("issuedAt")
                    + " by " + statement.get("issuer"));
            report.add("Valid: the signature holds over the statement as it is");
            return new Result(true, report, statement);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return failed(report, "The statement cannot be read or verified: " + e.getMessage());
        }
    }

    /** The PDF form. */
    public Result verifyPdf(byte[] pdf) {
        List<String> report = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                return failed(report, "Expected one signature, found " + signatures.size());
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return failed(report, "The signature does not cover the whole file: something was added after it");
            }
            byte[] signedBytes = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return failed(report, "Expected one signer, found " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            Calendar signed = signature.getSignDate();
            report.add("Signed by " + signature.getName() + (signed == null ? "" : " at " + signed.toInstant()));
            for (JWK key : keys.getKeys()) {
                for (X509Certificate certificate : certificates(key)) {
                    X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
                    if (!signer.getSID().match(holder)) {
                        continue;
                    }
                    report.add("Signer certificate: key " + key.getKeyID() + ", "
                            + certificate.getSubjectX500Principal().getName());
                    if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                        return failed(report, "The signature does not match the document: it was altered");
                    }
                    report.add("Valid: the signature holds over the whole document as it is");
                    return new Result(true, report, Map.of());
                }
            }
            return failed(report, "The document was not signed with a published statement key");
        } catch (CMSException e) {
            return failed(report, "The signature does not match the document: " + e.getMessage());
        } catch (IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            return failed(report, "The document cannot be read or verified: " + e.getMessage());
        }
    }

    private static List<X509Certificate> certificates(JWK key) {
        List<X509Certificate> chain = key.getParsedX509CertChain();
        return chain == null ? List.of() : chain;
    }

    private static java.security.Key publicKey(JWK key) throws JOSEException {
        return switch (key.getKeyType().getValue()) {
            case "RSA" -> key.toRSAKey().toPublicKey();
            case "EC" -> key.toECKey().toPublicKey();
            default -> throw new JOSEException("Unsupported key type " + key.getKeyType());
        };
    }

    private static Result failed(List<String> report, String problem) {
        report.add("INVALID: " + problem);
        return new Result(false, report, Map.of());
    }
}
