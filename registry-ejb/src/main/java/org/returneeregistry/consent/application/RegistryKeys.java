package org.returneeregistry.consent.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.domain.KeyProvisioning;
import org.returneeregistry.shared.application.Keyring;

/**
 * The registry's keys: the EC P-256 key that signs consent receipts and log checkpoints (its public
 * half is published as a JWKS) and the secret that hashes returnees' registry numbers in logs.
 *
 * <p>None of them is kept in the database: whoever can read or write the database must not be able to
 * sign or to reverse the hashes. An operator provides each through configuration
 * ({@code registry.consent.receipt-key}, a private JWK; {@code registry.consent.subject-hash-key}, base64
 * of at least 32 bytes — on Payara normally a password alias {@code ${ALIAS=…}}) or as an owner-only
 * file in {@code registry.keys.directory}. Without them, outside production, each is generated once into
 * that directory (0700, files 0600). Keys an earlier version kept in the database are moved into the
 * directory at the first start and deleted from it, so receipts signed before stay verifiable. With
 * {@code registry.profile=production} the deployment fails unless both keys are provided.
 *
 * <p>Its methods need no transaction and take none: they are called also while recording a call whose
 * transaction is already marked for rollback, which the container would refuse to join.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@LocalBean
@Local(Keyring.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryKeys implements Keyring {

    private static final Logger LOG = Logger.getLogger(RegistryKeys.class.getName());
    static final String RECEIPT_KEY = "consent-receipt-signing-key";
    static final String SUBJECT_HASH_KEY = "decision-log-subject-hash-key";
    static final String RECEIPT_KEY_FILE = "receipt-signing-key.jwk";
    static final String SUBJECT_HASH_KEY_FILE = "subject-hash.key";
    public static final String PRODUCTION = "production";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "registry.profile", defaultValue = "demo")
    String profile;

    @Inject
    @ConfigProperty(name = "registry.keys.directory")
    Optional<String> configuredDirectory;

    @Inject
    @ConfigProperty(name = "registry.consent.receipt-key")
    Optional<String> configuredReceiptKey;

    @Inject
    @ConfigProperty(name = "registry.consent.subject-hash-key")
    Optional<String> configuredSubjectHashKey;

    private ECKey receiptKey;
    private byte[] subjectHashKey;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        Path directory = directory();
        moveOutOfDatabase(directory);
        String jwk = provide(
                "receipt signing key",
                "registry.consent.receipt-key",
                configuredReceiptKey,
                directory,
                RECEIPT_KEY_FILE,
                RegistryKeys::newReceiptKey);
        try {
            receiptKey = ECKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("the receipt signing key is not a JWK: " + e.getMessage(), e);
        }
        if (!receiptKey.isPrivate()) {
            throw new IllegalStateException("registry.consent.receipt-key must be a private EC JWK");
        }
        String secret = provide(
                "subject hash key",
                "registry.consent.subject-hash-key",
                configuredSubjectHashKey,
                directory,
                SUBJECT_HASH_KEY_FILE,
                RegistryKeys::newSubjectHashKey);
        subjectHashKey = Base64.getDecoder().decode(secret.strip());
        if (subjectHashKey.length < 32) {
            throw new IllegalStateException("registry.consent.subject-hash-key must hold at least 32 bytes");
        }
        LOG.info(() -> "Consent receipts and log checkpoints are signed with key " + receiptKey.getKeyID());
    }

    private Path directory() {
        return configuredDirectory
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir")),
                        "registry-keys"));
    }

    private String provide(
            String key,
            String property,
            Optional<String> configured,
            Path directory,
            String fileName,
            Supplier<String> generate) {
        Optional<String> value = configured.filter(s -> !s.isBlank());
        Path file = directory.resolve(fileName);
        KeyProvisioning.Decision decision = KeyProvisioning.decide(new KeyProvisioning.Facts(
                key,
                property,
                file.toString(),
                PRODUCTION.equals(profile),
                value.isPresent(),
                configuredDirectory.filter(s -> !s.isBlank()).isPresent(),
                Files.exists(file),
                ownerOnly(file)));
        LOG.info(() -> "Registry keys: " + decision.reason());
        return switch (decision.action()) {
            case USE_CONFIGURED -> value.orElseThrow();
            case USE_FILE -> read(file);
            case GENERATE_FILE -> {
                writeOnce(directory, fileName, generate.get());
                yield read(file);
            }
            case REFUSE_START -> throw new IllegalStateException("The registry does not start: " + decision.reason());
        };
    }

    /** Keys an earlier version generated into the database: written to the key directory, then deleted there. */
    private void moveOutOfDatabase(Path directory) {
        for (String[] key : List.of(
                new String[] {RECEIPT_KEY, RECEIPT_KEY_FILE}, new String[] {SUBJECT_HASH_KEY, SUBJECT_HASH_KEY_FILE})) {
            List<?> rows = em.createNativeQuery("SELECT material FROM registry_key WHERE name = ?")
                    .setParameter(1, key[0])
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            writeOnce(directory, key[1], (String) rows.get(0));
            em.createNativeQuery("DELETE FROM registry_key WHERE name = ?")
                    .setParameter(1, key[0])
                    .executeUpdate();
            LOG.warning(() -> "Moved the " + key[0] + " out of the database into " + directory.resolve(key[1])
                    + " (owner-only) and deleted it from the database");
        }
    }

    /**
     * Writes a key file unless it exists: written whole to a temporary file, then linked under its name,
     * which fails when another instance got there first — the key already there is kept.
     */
    private static void writeOnce(Path directory, String fileName, String material) {
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            restrict(directory, OWNER_ONLY_DIRECTORY);
            Path target = directory.resolve(fileName);
            if (Files.exists(target)) {
                return;
            }
            Path temporary = Files.createTempFile(
                    directory, fileName, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            try {
                Files.writeString(temporary, material, StandardCharsets.UTF_8);
                Files.createLink(target, temporary);
            } catch (FileAlreadyExistsException anotherInstanceWroteIt) {
                // insert-or-ignore: the file another instance wrote is the key
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + directory.resolve(fileName), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    static boolean ownerOnly(Path file) {
        if (!Files.exists(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return true;
        }
        try {
            return OWNER_ONLY_FILE.containsAll(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file, e);
        }
    }

    private static String newReceiptKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint(true)
                    .generate()
                    .toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the receipt signing key", e);
        }
    }

    private static String newSubjectHashKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public ECKey receiptKey() {
        return receiptKey;
    }

    /** The public receipt keys, as a JWKS document. */
    public JWKSet publicKeys() {
        return new JWKSet(receiptKey.toPublicJWK());
    }

    @Override
    public String publishedKeys() {
        return publicKeys().toString(true);
    }

    @Override
    public String keyedHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subjectHashKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }

    @Override
    public String sign(String type, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(new JOSEObjectType(type))
                            .keyID(receiptKey.getKeyID())
                            .build(),
                    builder.build());
            jwt.sign(new ECDSASigner(receiptKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a " + type, e);
        }
    }

    @Override
    public Optional<Map<String, Object>> verify(String jws, String type) {
        try {
            SignedJWT jwt = SignedJWT.parse(jws);
            if (!new JOSEObjectType(type).equals(jwt.getHeader().getType())
                    || !JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new ECDSAVerifier(receiptKey.toPublicJWK()))) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet().getClaims());
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
