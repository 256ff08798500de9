package org.returneeregistry.consent.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consent context's keys: the EC P-256 key that signs consent receipts (its public half is
 * published as a JWKS) and the secret that hashes returnees' registry numbers in the decision log.
 *
 * <p>An operator supplies both through configuration ({@code registry.consent.receipt-key}, a private
 * JWK; {@code registry.consent.subject-hash-key}, base64 of at least 32 bytes), normally from a
 * secret store. Without them — the embedded default and tests — the registry generates each once
 * and keeps it in its database, so receipts stay verifiable and hashes stay comparable across restarts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class RegistryKeys {

    private static final Logger LOG = Logger.getLogger(RegistryKeys.class.getName());
    static final String RECEIPT_KEY = "consent-receipt-signing-key";
    static final String SUBJECT_HASH_KEY = "decision-log-subject-hash-key";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.consent.receipt-key")
    private Optional<String> configuredReceiptKey;

    @Inject
    @ConfigProperty(name = "registry.consent.subject-hash-key")
    private Optional<String> configuredSubjectHashKey;

    private ECKey receiptKey;
    private byte[] subjectHashKey;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        try {
            String jwk = configuredReceiptKey.filter(s -> !s.isBlank()).orElseGet(() -> stored(RECEIPT_KEY, () -> {
                try {
                    return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                            .keyIDFromThumbprint(true).generate().toJSONString();
                } catch (JOSEException e) {
                    throw new IllegalStateException("cannot generate the receipt signing key", e);
                }
            }));
            receiptKey = ECKey.parse(jwk);
            if (!receiptKey.isPrivate()) {
                throw new IllegalStateException("registry.consent.receipt-key must be a private EC JWK");
            }
        } catch (ParseException e) {
            throw new IllegalStateException("the receipt signing key is not a JWK: " + e.getMessage(), e);
        }
        String secret = configuredSubjectHashKey.filter(s -> !s.isBlank()).orElseGet(() -> stored(SUBJECT_HASH_KEY, () -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }));
        subjectHashKey = Base64.getDecoder().decode(secret);
        if (subjectHashKey.length < 32) {
            throw new IllegalStateException("registry.consent.subject-hash-key must hold at least 32 bytes");
        }
        LOG.info(() -> "Consent receipts are signed with key " + receiptKey.getKeyID()
                + (configuredReceiptKey.isPresent() ? " (configured)" : " (kept in the database)"));
    }

    private String stored(String name, java.util.function.Supplier<String> generate) {
        List<?> rows = em.createNativeQuery("SELECT material FROM registry_key WHERE name = ?")
                .setParameter(1, name).getResultList();
        if (!rows.isEmpty()) {
            return (String) rows.get(0);
        }
        String material = generate.get();
        em.createNativeQuery("INSERT INTO registry_key (name, material, created_at) VALUES (?, ?, ?)")
                .setParameter(1, name).setParameter(2, material).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        LOG.warning(() -> "No " + name + " is configured; generated one and kept it in the database."
                + " Production should supply it from a secret store.");
        return material;
    }

    public ECKey receiptKey() {
        return receiptKey;
    }

    /** The public receipt keys, as a JWKS document. */
    public JWKSet publicKeys() {
        return new JWKSet(receiptKey.toPublicJWK());
    }

    /** A keyed hash (HMAC-SHA256, hex) — registry numbers are few enough that a plain hash could be reversed by trying them all. */
    public String keyedHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subjectHashKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
