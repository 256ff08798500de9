package org.returneeregistry.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.returneeregistry.shared.application.Published;

/**
 * The public keys consent receipts and log checkpoints are signed with, as a JWKS JSON document.
 * Verifying a receipt needs no account, so anyone may read them.
 */
@Stateless
@PermitAll
@Published
public class ReceiptKeys {

    @Inject
    private RegistryKeys keys;

    public String jwks() {
        return keys.publicKeys().toString(true);
    }
}
