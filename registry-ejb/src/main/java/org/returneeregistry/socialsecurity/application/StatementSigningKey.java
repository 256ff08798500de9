package org.returneeregistry.socialsecurity.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
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
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.pdf.PdfSigner;

/**
 * The registry's document-signing key for statements of periods abroad, with its X.509 certificate: a PKCS12
 * keystore outside the database and outside the artifact, named by MicroProfile Config —
 * {@code registry.statement.keystore.path}, {@code registry.statement.keystore.password} (in production a Payara
 * password alias) and {@code registry.statement.keystore.alias}, the entry that signs now. Every certificate in the
 * keystore is published ({@link #published}), so after a rotation — a new key entry made the signing one, the old
 * one kept as a certificate entry — statements signed with the old key still verify. The run command and the test
 * environment make a demo keystore with {@code keytool} when there is none. Read once, at first use.
 */
@Singleton
@Lock(LockType.READ)
public class StatementSigningKey {

    private static final Logger LOG = Logger.getLogger(StatementSigningKey.class.getName());

    @Inject
    @ConfigProperty(name = "registry.statement.keystore.path")
    Optional<String> path;

    @Inject
    @ConfigProperty(name = "registry.statement.keystore.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "registry.statement.keystore.alias", defaultValue = "registry-statement")
    String alias;

    private volatile Keys keys;

    /** The signing entry and the published set, as read from one keystore. */
    record Keys(String keyId, PrivateKey key, List<X509Certificate> chain, JWKSet published) {}

    /** The key id ({@code kid}) statements are signed with now: the keystore alias of the signing entry. */
    public String keyId() {
        return keys().keyId();
    }

    /** A JWS over {@code payload} (JSON), typed {@code period-statement+json}, with the signing key's id. */
    public JWSObject signJson(String payload) {
        return signJson(payload, StatementService.TYPE);
    }

    /**
     * A JWS over {@code payload} (JSON) with the signing key's id, typed {@code type}: the type tells a verifier which
     * of the registry's signed documents to people it holds (a statement, a decision notice).
     */
    public JWSObject signJson(String payload, String type) {
        Keys k = keys();
        try {
            JWSSigner signer = k.key() instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(k.key());
            JWSObject jws = new JWSObject(
                    new JWSHeader.Builder(k.key() instanceof ECPrivateKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                            .type(new JOSEObjectType(type))
                            .keyID(k.keyId())
                            .build(),
                    new Payload(payload));
            jws.sign(signer);
            return jws;
        } catch (JOSEException e) {
            throw unavailable("the statement cannot be signed: " + e.getMessage());
        }
    }

    /** The PDF signer of the signing entry. */
    public PdfSigner pdfSigner() {
        Keys k = keys();
        return new PdfSigner(k.key(), k.chain());
    }

    /** The signing certificate's subject, as a PDF reader shows the signer. */
    public String signerName() {
        return keys().chain().get(0).getSubjectX500Principal().getName();
    }

    /** Every certificate of the keystore as a public JWK (kid = alias, with {@code x5c}): what verifiers use. */
    public JWKSet published() {
        return keys().published();
    }

    /** Every certificate of the keystore, PEM-encoded. */
    public String certificatesPem() {
        StringBuilder pem = new StringBuilder();
        for (JWK key : published().getKeys()) {
            pem.append("# ").append(key.getKeyID()).append('\n');
            pem.append("-----BEGIN CERTIFICATE-----\n");
            String b64 = key.getX509CertChain().get(0).toString();
            for (int i = 0; i < b64.length(); i += 64) {
                pem.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
            }
            pem.append("-----END CERTIFICATE-----\n");
        }
        return pem.toString();
    }

    private Keys keys() {
        Keys loaded = keys;
        if (loaded != null) {
            return loaded;
        }
        if (path.isEmpty() || password.isEmpty()) {
            throw unavailable("registry.statement.keystore.path and registry.statement.keystore.password are not set");
        }
        try (InputStream in = Files.newInputStream(Path.of(path.get()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.get().toCharArray());
            loaded = read(store, alias, password.get().toCharArray());
            keys = loaded;
            LOG.info(() -> "Statement signing key " + alias + " read from " + path.get());
            return loaded;
        } catch (IOException | GeneralSecurityException e) {
            throw unavailable("the keystore cannot be read: " + e.getMessage());
        }
    }

    /** The signing entry {@code alias} of the keystore and every certificate in it, published. */
    static Keys read(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        if (!store.isKeyEntry(alias) || !(store.getCertificate(alias) instanceof X509Certificate)) {
            throw unavailable("the keystore has no key entry with an X.509 certificate named " + alias);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
        }
        List<JWK> published = new ArrayList<>();
        for (String name : Collections.list(store.aliases())) {
            if (store.getCertificate(name) instanceof X509Certificate certificate) {
                published.add(jwk(name, certificate));
            }
        }
        published.sort((a, b) -> a.getKeyID().compareTo(b.getKeyID()));
        return new Keys(alias, key, List.copyOf(chain), new JWKSet(published));
    }

    private static JWK jwk(String name, X509Certificate certificate) throws CertificateEncodingException {
        List<Base64> x5c = List.of(Base64.encode(certificate.getEncoded()));
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa)
                    .keyID(name)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .x509CertChain(x5c)
                    .build();
        }
        if (certificate.getPublicKey() instanceof ECPublicKey ec) {
            return new ECKey.Builder(com.nimbusds.jose.jwk.Curve.forECParameterSpec(ec.getParams()), ec)
                    .keyID(name)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .x509CertChain(x5c)
                    .build();
        }
        throw unavailable("the certificate " + name + " has neither an RSA nor an EC key");
    }

    private static RegistryException unavailable(String why) {
        LOG.severe(() -> "The statement signing key is not available: " + why);
        return new RegistryException(
                ErrorCode.INTERNAL_ERROR,
                "The registry cannot sign statements now; nothing was issued. Try again later.");
    }
}
