package org.returneeregistry.exchange.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returneeregistry.consent.application.RegistryKeys;

/**
 * Signs push bodies so a recipient can tell a push really comes from the registry and was not altered: a
 * JWS (ES256, type {@code registry-push+jws}) over the exact body bytes, in compact serialisation with the
 * payload detached (RFC 7515 appendix F) — {@code header..signature}. The key is the registry's signing key,
 * whose public half is published at {@code /api/v1/consent-receipt-keys} (JWKS, found by {@code kid}).
 */
@ApplicationScoped
public class PushSignatures {

    public static final JOSEObjectType TYPE = new JOSEObjectType("registry-push+jws");

    @Inject
    private RegistryKeys keys;

    public String sign(byte[] body) {
        ECKey key = keys.receiptKey();
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(key.getKeyID())
                    .build(), new Payload(body));
            jws.sign(new ECDSASigner(key));
            return jws.serialize(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a push failed", e);
        }
    }
}
