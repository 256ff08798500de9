package org.returneeregistry.consent.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.Serializable;
import java.text.ParseException;

/**
 * A consent receipt checked as anyone holding it would check it offline: the compact JWS verified against the
 * registry's published receipt keys (the JWKS of {@code /consent-receipt-keys}), and its {@code jti} held against
 * the consent record it is the receipt of.
 */
public record ReceiptCheck(boolean verified, String keyId, String consentId, String subject, String problem)
        implements Serializable {

    static ReceiptCheck of(String receipt, String jwks, String expectedConsentId) {
        try {
            SignedJWT jwt = SignedJWT.parse(receipt);
            String kid = jwt.getHeader().getKeyID();
            JWK key = JWKSet.parse(jwks).getKeyByKeyId(kid);
            if (!(key instanceof ECKey ec)) {
                return new ReceiptCheck(false, kid, null, null, "no published key " + kid);
            }
            boolean signed = jwt.verify(new ECDSAVerifier(ec.toECPublicKey()));
            String jti = jwt.getJWTClaimsSet().getJWTID();
            String sub = jwt.getJWTClaimsSet().getSubject();
            if (!signed) {
                return new ReceiptCheck(false, kid, jti, sub, "the signature does not verify");
            }
            if (!expectedConsentId.equals(jti)) {
                return new ReceiptCheck(false, kid, jti, sub, "the receipt is of another consent record");
            }
            return new ReceiptCheck(true, kid, jti, sub, null);
        } catch (ParseException | JOSEException e) {
            return new ReceiptCheck(false, null, null, null, "not a receipt: " + e.getMessage());
        }
    }
}
