package org.returneeregistry.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

/**
 * A partner institution's signing side, built directly on Apache WSS4J (not on the registry's code): a key made by
 * keytool, and messages signed the way the partner exchange's contract asks — or, for the refusal tests, the ways
 * it must refuse (unsigned, no Timestamp, Timestamp outside the signature, Body changed after signing).
 */
public final class PartnerPeer {

    public static final String PASSWORD = "changeit";
    private static final String ALIAS = "k";

    static {
        WSSConfig.init();
    }

    /** How a message is signed. */
    public enum Signing {
        BODY_AND_TIMESTAMP,
        UNSIGNED,
        NO_TIMESTAMP,
        TIMESTAMP_NOT_SIGNED,
        /** Body and Timestamp signed, the Timestamp made two hours ago (a captured message sent again later). */
        STALE_TIMESTAMP
    }

    private final KeyStore keys;
    private final Path keyStoreFile;

    private PartnerPeer(KeyStore keys, Path keyStoreFile) {
        this.keys = keys;
        this.keyStoreFile = keyStoreFile;
    }

    /** The peer's PKCS12 keystore (alias {@code k}, password {@link #PASSWORD}), for a peer in another process. */
    public Path keyStoreFile() {
        return keyStoreFile;
    }

    /** A PKCS12 truststore (password {@link #PASSWORD}) holding only the registry's exchange certificate. */
    public static Path registryTrustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("registry", registryCertificate());
            Path file = Files.createTempDirectory("trust").resolve("registry.p12");
            try (var out = Files.newOutputStream(file)) {
                trust.store(out, PASSWORD.toCharArray());
            }
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A peer signing with the key and certificate of {@code alias} in a PKCS12 keystore (e.g. a registry's). */
    public static PartnerPeer fromKeyStore(Path pkcs12, String password, String alias) {
        try {
            KeyStore source = load(pkcs12, password);
            KeyStore copy = KeyStore.getInstance("PKCS12");
            copy.load(null, null);
            copy.setKeyEntry(
                    ALIAS,
                    source.getKey(alias, password.toCharArray()),
                    PASSWORD.toCharArray(),
                    source.getCertificateChain(alias));
            Path store = Files.createTempDirectory("peer").resolve("peer.p12");
            try (var out = Files.newOutputStream(store)) {
                copy.store(out, PASSWORD.toCharArray());
            }
            return new PartnerPeer(load(store, PASSWORD), store);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key " + alias + " of " + pkcs12, e);
        }
    }

    /** A peer with a new key: {@code EC} or {@code RSA}; {@code startDate} as keytool takes it, or null for now. */
    public static PartnerPeer withNewKey(String algorithm, String startDate, int validityDays) {
        try {
            Path store = Files.createTempDirectory("peer").resolve("peer.p12");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair",
                    "-alias",
                    ALIAS,
                    "-keyalg",
                    algorithm,
                    "-dname",
                    "CN=Partner peer " + UUID.randomUUID() + ", O=Ministry of Labour, C=QA",
                    "-validity",
                    String.valueOf(validityDays),
                    "-ext",
                    "KeyUsage=digitalSignature",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    PASSWORD,
                    "-storetype",
                    "PKCS12"));
            if (algorithm.equals("EC")) {
                command.addAll(List.of("-groupname", "secp256r1"));
            }
            if (startDate != null) {
                command.addAll(List.of("-startdate", startDate));
            }
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        "keytool failed: " + new String(process.getInputStream().readAllBytes()));
            }
            return new PartnerPeer(load(store, PASSWORD), store);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keys.getCertificate(ALIAS);
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 fingerprint (hex) of {@code certificate}, as the message log records a signer. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return org.returneeregistry.shared.domain.Sha256.hex(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate in PEM, as a registry administrator attaches it to an agreement. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SOAP envelope signed as asked. */
    public String sign(String envelope, Signing signing) {
        try {
            Document soap = parse(envelope);
            if (signing != Signing.UNSIGNED) {
                WSSecHeader header = new WSSecHeader(soap);
                header.insertSecurityHeader();
                if (signing != Signing.NO_TIMESTAMP) {
                    WSSecTimestamp timestamp = new WSSecTimestamp(header);
                    timestamp.setTimeToLive(300);
                    if (signing == Signing.STALE_TIMESTAMP) {
                        timestamp.setWsTimeSource(() -> java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
                    }
                    timestamp.build();
                }
                WSSecSignature signature = new WSSecSignature(header);
                signature.setUserInfo(ALIAS, PASSWORD);
                signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
                signature.setSignatureAlgorithm(
                        "EC".equals(certificate().getPublicKey().getAlgorithm())
                                ? WSS4JConstants.ECDSA_SHA256
                                : WSS4JConstants.RSA_SHA256);
                signature.setDigestAlgo(WSS4JConstants.SHA256);
                signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
                signature
                        .getParts()
                        .add(new WSEncryptionPart("Body", "http://schemas.xmlsoap.org/soap/envelope/", "Element"));
                if (signing == Signing.BODY_AND_TIMESTAMP || signing == Signing.STALE_TIMESTAMP) {
                    signature.getParts().add(new WSEncryptionPart("Timestamp", WSS4JConstants.WSU_NS, ""));
                }
                Merlin crypto = new Merlin();
                crypto.setKeyStore(keys);
                signature.build(crypto);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(soap), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the test message", e);
        }
    }

    /**
     * Verifies an answer of the registry with WSS4J: one signature over the Body and the Timestamp, by the key of the
     * certificate it carries, which must be {@code registry}. Answers the signer's certificate.
     */
    public static X509Certificate verifiedSigner(String answer, X509Certificate registry) throws Exception {
        Document soap = parse(answer);
        RequestData data = new RequestData();
        WSSConfig config = WSSConfig.getNewInstance();
        config.setValidator(WSConstants.SIGNATURE, (credential, requestData) -> {
            if (!registry.equals(credential.getCertificates()[0])) {
                throw new org.apache.wss4j.common.ext.WSSecurityException(
                        org.apache.wss4j.common.ext.WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
            }
            return credential;
        });
        data.setWssConfig(config);
        data.setSigVerCrypto(new Merlin());
        WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(soap, data);
        if (result == null) {
            throw new AssertionError("the answer is not signed: " + answer);
        }
        List<WSSecurityEngineResult> signatures = result.getActionResults().get(WSConstants.SIGN);
        List<WSSecurityEngineResult> timestamps = result.getActionResults().get(WSConstants.TS);
        if (signatures == null || signatures.size() != 1 || timestamps == null || timestamps.size() != 1) {
            throw new AssertionError("the answer has no one signature and Timestamp: " + answer);
        }
        @SuppressWarnings("unchecked")
        List<org.apache.wss4j.dom.WSDataRef> refs =
                (List<org.apache.wss4j.dom.WSDataRef>) signatures.get(0).get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        boolean body = refs.stream()
                .anyMatch(r -> "Body".equals(r.getProtectedElement().getLocalName()));
        boolean timestamp = refs.stream()
                .anyMatch(r -> "Timestamp".equals(r.getProtectedElement().getLocalName()));
        if (!body || !timestamp) {
            throw new AssertionError("the answer's signature does not cover Body and Timestamp: " + answer);
        }
        return (X509Certificate) signatures.get(0).get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
    }

    /**
     * The REST twin's signature over {@code body}: a detached JWS (RFC 7515 appendix F) made with Nimbus JOSE, the
     * peer's certificate in {@code x5c}, {@code iat} now — ES256 for an EC key, RS256 for an RSA one.
     */
    public String signDetached(byte[] body) {
        try {
            java.security.PrivateKey key = (java.security.PrivateKey) keys.getKey(ALIAS, PASSWORD.toCharArray());
            boolean ec = key instanceof java.security.interfaces.ECPrivateKey;
            com.nimbusds.jose.JWSHeader header = new com.nimbusds.jose.JWSHeader.Builder(
                            ec ? com.nimbusds.jose.JWSAlgorithm.ES256 : com.nimbusds.jose.JWSAlgorithm.RS256)
                    .type(new com.nimbusds.jose.JOSEObjectType("partner-exchange+jws"))
                    .x509CertChain(List.of(
                            com.nimbusds.jose.util.Base64.encode(certificate().getEncoded())))
                    .customParam("iat", java.time.Instant.now().getEpochSecond())
                    .build();
            com.nimbusds.jose.JWSObject jws =
                    new com.nimbusds.jose.JWSObject(header, new com.nimbusds.jose.Payload(body));
            jws.sign(
                    ec
                            ? new com.nimbusds.jose.crypto.ECDSASigner((java.security.interfaces.ECPrivateKey) key)
                            : new com.nimbusds.jose.crypto.RSASSASigner(key));
            return jws.serialize(true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a detached JWS over {@code body} with Nimbus JOSE: it must verify with the key of the certificate it
     * carries, and that certificate must be {@code expected}.
     */
    public static boolean verifiesDetached(byte[] body, String jws, X509Certificate expected) {
        try {
            com.nimbusds.jose.JWSObject parsed =
                    com.nimbusds.jose.JWSObject.parse(jws, new com.nimbusds.jose.Payload(body));
            X509Certificate signer = com.nimbusds.jose.util.X509CertUtils.parse(
                    parsed.getHeader().getX509CertChain().get(0).decode());
            if (!expected.equals(signer)) {
                return false;
            }
            return parsed.verify(
                    signer.getPublicKey() instanceof java.security.interfaces.ECPublicKey ecKey
                            ? new com.nimbusds.jose.crypto.ECDSAVerifier(ecKey)
                            : new com.nimbusds.jose.crypto.RSASSAVerifier(
                                    (java.security.interfaces.RSAPublicKey) signer.getPublicKey()));
        } catch (Exception e) {
            return false;
        }
    }

    /** The registry's exchange certificate, from the keystore the test environment gave the domain. */
    public static X509Certificate registryCertificate() {
        try {
            Path store = Path.of(System.getProperty("registry.it.exchangeKeystore"));
            String password = Files.readString(Path.of(store + ".password")).strip();
            return (X509Certificate) load(store, password).getCertificate("registry-exchange");
        } catch (IOException | java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path store, String password) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            return keys;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
