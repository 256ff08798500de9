package org.returneeregistry.it.env;

import java.security.PrivateKey;

/** An RS256 key of the identity provider's realm: the key id its published key set names it by, and its private half. */
public record TokenSigningKey(String keyId, PrivateKey privateKey) {

    @Override
    public String toString() {
        return "TokenSigningKey[" + keyId + "]";
    }
}
