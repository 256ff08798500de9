package org.returneeregistry.exchange.wss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Inbound WS-Security verification and the registry's own signing, with real keys made by keytool. */
class WsSecurityTest {

    private static final String PASSWORD = "changeit";
    private static final String MESSAGE =
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header/>"
                    + "<S:Body><x:ReturnNotice xmlns:x=\"https://schemas.returneeregistry.org/exchange/v1\">"
                    + "<x:note>Exit from Qatar</x:note></x:ReturnNotice></S:Body></S:Envelope>";

    private static KeyStore rsa;
    private static KeyStore ec;

    @BeforeAll
    static void keys() throws Exception {
        rsa = keyStore("RSA");
        ec = keyStore("EC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aMessageSignedOverBodyAndTimestampVerifiesAndNamesItsSigner(String algorithm) throws Exception {
        KeyStore keys = algorithm.equals("RSA") ? rsa : ec;
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        WsSecurity.sign(soap, keys, "k", PASSWORD, 300);

        WsSecurity.Verification v = WsSecurity.verify(reparsed(soap));

        assertEquals(SignatureCheck.VALID, v.check(), v.detail());
        assertEquals(keys.getCertificate("k"), v.signer());
        assertNotNull(v.signatureValue());
        assertNotNull(v.created());
    }

    @Test
    void anUnsignedMessageIsMissingItsSignature() {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));

        assertEquals(SignatureCheck.MISSING, WsSecurity.verify(soap).check());
    }

    @Test
    void aBodyChangedAfterSigningIsAltered() throws Exception {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        WsSecurity.sign(soap, rsa, "k", PASSWORD, 300);
        String signed = serialized(soap).replace("Exit from Qatar", "Exit from Oman");

        assertEquals(
                SignatureCheck.BODY_ALTERED,
                WsSecurity.verify(WsSecurity.parse(bytes(signed))).check());
    }

    @Test
    void aChangedSignatureValueIsInvalid() throws Exception {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        WsSecurity.sign(soap, rsa, "k", PASSWORD, 300);
        Element value = (Element) soap.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "SignatureValue")
                .item(0);
        String text = value.getTextContent().strip();
        value.setTextContent((text.charAt(0) == 'A' ? "B" : "A") + text.substring(1));

        assertEquals(SignatureCheck.INVALID, WsSecurity.verify(reparsed(soap)).check());
    }

    @Test
    void aSignatureWithoutTimestampIsMissingItsTimestamp() throws Exception {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        signWith(soap, false, false);

        assertEquals(
                SignatureCheck.TIMESTAMP_MISSING,
                WsSecurity.verify(reparsed(soap)).check());
    }

    @Test
    void aTimestampOutsideTheSignatureIsNotSigned() throws Exception {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        signWith(soap, true, false);

        assertEquals(
                SignatureCheck.TIMESTAMP_NOT_SIGNED,
                WsSecurity.verify(reparsed(soap)).check());
    }

    @Test
    void aMessageWithADoctypeIsNotParsed() {
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE S [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + MESSAGE;

        assertThrows(IllegalArgumentException.class, () -> WsSecurity.parse(bytes(dtd)));
    }

    @Test
    void theBodyHashIsTheSameAfterReserialising() throws Exception {
        Document soap = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        String hash = WsSecurity.bodyHash(WsSecurity.body(soap));

        assertEquals(hash, WsSecurity.bodyHash(WsSecurity.body(reparsed(soap))));
        assertTrue(hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void aMessageSignedAgainKeepsItsBodyHash() throws Exception {
        Document once = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        Document twice = WsSecurity.parse(MESSAGE.getBytes(StandardCharsets.UTF_8));
        WsSecurity.sign(once, rsa, "k", PASSWORD, 300);
        WsSecurity.sign(twice, rsa, "k", PASSWORD, 300);
        Document other = WsSecurity.parse(
                MESSAGE.replace("Exit from Qatar", "Exit from Oman").getBytes(StandardCharsets.UTF_8));

        String hash = WsSecurity.bodyHash(WsSecurity.body(reparsed(once)));
        assertEquals(hash, WsSecurity.bodyHash(WsSecurity.body(reparsed(twice))));
        assertNotEquals(hash, WsSecurity.bodyHash(WsSecurity.body(other)));
    }

    /** A signature over the Body alone, with or without an unsigned Timestamp beside it. */
    private static void signWith(Document soap, boolean timestamp, boolean signTimestamp) throws Exception {
        WSSecHeader header = new WSSecHeader(soap);
        header.insertSecurityHeader();
        if (timestamp) {
            WSSecTimestamp ts = new WSSecTimestamp(header);
            ts.setTimeToLive(300);
            ts.build();
        }
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo("k", PASSWORD);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSS4JConstants.RSA_SHA256);
        signature.setDigestAlgo(WSS4JConstants.SHA256);
        signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        signature.getParts().add(new WSEncryptionPart("Body", WsSecurity.SOAP_11, "Element"));
        if (signTimestamp) {
            signature.getParts().add(new WSEncryptionPart("Timestamp", WSS4JConstants.WSU_NS, ""));
        }
        Merlin crypto = new Merlin();
        crypto.setKeyStore(rsa);
        signature.build(crypto);
    }

    private static Document reparsed(Document soap) throws Exception {
        return WsSecurity.parse(bytes(serialized(soap)));
    }

    private static String serialized(Document soap) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(soap), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static KeyStore keyStore(String algorithm) throws Exception {
        Path dir = Files.createTempDirectory("wss");
        Path store = dir.resolve("k.p12");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "k",
                "-keyalg",
                algorithm,
                "-dname",
                "CN=Partner test " + algorithm,
                "-validity",
                "30",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-storetype",
                "PKCS12"));
        if (algorithm.equals("EC")) {
            command.addAll(List.of("-groupname", "secp256r1"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(
                    "keytool failed: " + new String(process.getInputStream().readAllBytes()));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }
}
