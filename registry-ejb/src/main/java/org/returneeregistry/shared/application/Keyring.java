package org.returneeregistry.shared.application;

import java.util.Map;
import java.util.Optional;

/**
 * The registry's own keys, as the contexts that need them use them: a keyed hash for identifiers
 * kept in logs, and a signature others can verify with the registry's published keys. The key
 * material is held outside the database (see the consent context's {@code RegistryKeys}, which
 * implements this port).
 */
public interface Keyring {

    /** HMAC-SHA256 of the text (hex): registry numbers are few enough that a plain hash could be reversed. */
    String keyedHash(String text);

    /** A compact JWS (ES256) of the claims, with the given {@code typ} header, signed by the registry's key. */
    String sign(String type, Map<String, Object> claims);

    /** The claims of a JWS of that type, when the registry's key signed it; empty when it did not or cannot be read. */
    Optional<Map<String, Object>> verify(String jws, String type);

    /** The public halves of the keys {@link #sign} uses, as a JWKS JSON document: what a verifier outside the registry needs. */
    String publishedKeys();
}
