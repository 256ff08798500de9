package org.returneeregistry.exchange.application;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.exchange.jws.DetachedJws;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.w3c.dom.Document;

/**
 * The registry's own key for signing what it answers partner institutions (their receipts), with its X.509
 * certificate: a PKCS12 keystore outside the database and outside the artifact, named by MicroProfile Config —
 * {@code registry.exchange.keystore.path}, {@code registry.exchange.keystore.password} (in production a Payara
 * password alias, {@code ${ALIAS=…}}) and {@code registry.exchange.keystore.alias}. The run command and the test
 * environment make a demo keystore with {@code keytool} when there is none. Read once, at first use.
 */
@Singleton
@Lock(LockType.READ)
public class ExchangeSigningKey {

    private static final Logger LOG = Logger.getLogger(ExchangeSigningKey.class.getName());

    @Inject
    @ConfigProperty(name = "registry.exchange.keystore.path")
    Optional<String> path;

    @Inject
    @ConfigProperty(name = "registry.exchange.keystore.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "registry.exchange.keystore.alias", defaultValue = "registry-exchange")
    String alias;

    @Inject
    @ConfigProperty(name = "registry.exchange.receipt-ttl-seconds", defaultValue = "300")
    int receiptTtlSeconds;

    private volatile KeyStore keyStore;

    /** Whether a key is configured and readable; the exchange refuses nothing it cannot answer with a signature. */
    public void requireAvailable() {
        keyStore();
    }

    /** Signs an answer in place (Timestamp, BinarySecurityToken, signature over Body and Timestamp). */
    public void sign(Document soap) {
        WsSecurity.sign(soap, keyStore(), alias, password.orElse(""), receiptTtlSeconds);
    }

    /**
     * Signs an answer of the REST twin: a detached JWS over the exact body bytes, with the registry's certificate in
     * {@code x5c} ({@link DetachedJws}).
     */
    public String signDetached(byte[] body, java.time.Instant now) {
        try {
            java.security.PrivateKey key = (java.security.PrivateKey)
                    keyStore().getKey(alias, password.orElse("").toCharArray());
            return DetachedJws.sign(body, key, certificate(), now, receiptTtlSeconds);
        } catch (GeneralSecurityException e) {
            throw unavailable(e.getMessage());
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw unavailable(e.getMessage());
        }
    }

    private KeyStore keyStore() {
        KeyStore loaded = keyStore;
        if (loaded != null) {
            return loaded;
        }
        if (path.isEmpty() || password.isEmpty()) {
            throw unavailable("registry.exchange.keystore.path and registry.exchange.keystore.password are not set");
        }
        try (InputStream in = Files.newInputStream(Path.of(path.get()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.get().toCharArray());
            if (!store.isKeyEntry(alias) || !(store.getCertificate(alias) instanceof X509Certificate)) {
                throw unavailable("the keystore has no key entry with an X.509 certificate named " + alias);
            }
            keyStore = store;
            LOG.info(() -> "Partner exchange signing key " + alias + " read from " + path.get());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw unavailable("the keystore cannot be read: " + e.getMessage());
        }
    }

    private static RegistryException unavailable(String why) {
        LOG.severe(() -> "The partner exchange signing key is not available: " + why);
        return new RegistryException(
                ErrorCode.INTERNAL_ERROR,
                "The registry cannot sign its answers now; the message was not taken in. Send it again later.");
    }
}
