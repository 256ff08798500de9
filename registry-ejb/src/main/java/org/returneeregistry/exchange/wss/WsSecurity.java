package org.returneeregistry.exchange.wss;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.AlgorithmSuite;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * WS-Security for the partner exchange, with Apache WSS4J (DOM) over Apache Santuario — never hand-written XML
 * signing. Inbound: the X.509 token profile (the signer's certificate as a BinarySecurityToken), a signature over the
 * SOAP Body and the Timestamp, RSA-SHA256 or ECDSA-SHA256, SHA-256 digests, exclusive canonicalisation; anything
 * else is refused by WSS4J's algorithm suite and Basic Security Profile checks. Whether the certificate belongs to
 * the sender is not decided here: the certificate is answered, and the exchange compares it with those registered
 * under the agreement. Outbound: the registry's answer is signed the same way with its own key.
 *
 * <p>Messages are parsed here, never by WSS4J: namespace aware, no DTD, no external entity, secure processing.
 */
public final class WsSecurity {

    public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private static final String WSSE = WSS4JConstants.WSSE_NS;
    private static final String WSU = WSS4JConstants.WSU_NS;
    private static final String DSIG = XMLSignature.XMLNS;

    /** Created and Expires are checked by the exchange against its own skew; WSS4J must not refuse on them first. */
    private static final int NO_TTL = Integer.MAX_VALUE / 2;

    static {
        // no JCE or XMLDSig provider is added to the server's JVM-wide list: a provider registered from an application
        // outlives its undeployment. The JDK's own XML signature provider does RSA-SHA256, ECDSA-SHA256 and exc-c14n.
        org.apache.wss4j.common.crypto.WSProviderConfig.init(false, false, false);
        WSSConfig.setAddJceProviders(false);
        WSSConfig.init();
        org.apache.xml.security.Init.init();
    }

    private WsSecurity() {}

    /** What verification found: the check, and when signed, the signer's certificate, signature and Timestamp. */
    public record Verification(
            SignatureCheck check,
            X509Certificate signer,
            String signatureValue,
            Instant created,
            Instant expires,
            String detail) {

        static Verification failed(SignatureCheck check, String detail) {
            return new Verification(check, null, null, null, null, detail);
        }
    }

    /** Parses a SOAP message into a DOM the way every inbound message is parsed. */
    public static Document parse(byte[] message) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(message));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed SOAP message: " + e.getMessage(), e);
        }
    }

    /**
     * SHA-256 (hex) of the exclusive canonical form of the Body's content (its element children, in order): what the
     * message log keeps of the content, and what tells a resend from a new message. The Body element itself is left
     * out: signing gives it a new {@code wsu:Id} every time, so a message re-signed for a resend keeps its hash.
     */
    public static String bodyHash(Element body) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.xml.security.c14n.Canonicalizer c14n = org.apache.xml.security.c14n.Canonicalizer.getInstance(
                    org.apache.xml.security.c14n.Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element content) {
                    c14n.canonicalizeSubtree(content, out);
                }
            }
            return org.returneeregistry.shared.domain.Sha256.hex(out.toByteArray());
        } catch (org.apache.xml.security.exceptions.XMLSecurityException e) {
            throw new IllegalStateException("the Body cannot be canonicalised", e);
        }
    }

    /** The Envelope's Body element, or null. */
    public static Element body(Document soap) {
        Element envelope = soap.getDocumentElement();
        if (envelope == null
                || !SOAP_11.equals(envelope.getNamespaceURI())
                || !"Envelope".equals(envelope.getLocalName())) {
            return null;
        }
        for (Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SOAP_11.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Verifies the message's WS-Security header: the signature with the key of the certificate it carries, over the
     * Envelope's own Body and the Timestamp. Does not decide whether the certificate may sign for anyone.
     */
    public static Verification verify(Document soap) {
        Element body = body(soap);
        if (body == null) {
            return Verification.failed(SignatureCheck.MISSING, "not a SOAP 1.1 envelope with a Body");
        }
        Element security = securityHeader(soap);
        if (security == null
                || security.getElementsByTagNameNS(DSIG, "Signature").getLength() == 0) {
            return Verification.failed(SignatureCheck.MISSING, "no WS-Security signature");
        }
        RequestData data = new RequestData();
        WSSConfig config = WSSConfig.getNewInstance();
        // the certificate is not trusted here: the exchange compares it with the agreement's registered ones
        config.setValidator(WSConstants.SIGNATURE, (credential, requestData) -> credential);
        data.setWssConfig(config);
        data.setAlgorithmSuite(algorithms());
        data.setDisableBSPEnforcement(false);
        data.setTimeStampStrict(false);
        data.setTimeStampTTL(NO_TTL);
        data.setTimeStampFutureTTL(NO_TTL);
        data.setSigVerCrypto(new Merlin());
        WSHandlerResult result;
        try {
            result = new WSSecurityEngine().processSecurityHeader(soap, data);
        } catch (WSSecurityException e) {
            return Verification.failed(diagnose(soap, body), e.getMessage());
        }
        if (result == null) {
            return Verification.failed(SignatureCheck.MISSING, "no WS-Security header");
        }
        List<WSSecurityEngineResult> signatures = result.getActionResults().getOrDefault(WSConstants.SIGN, List.of());
        if (signatures.size() != 1) {
            return Verification.failed(
                    signatures.isEmpty() ? SignatureCheck.MISSING : SignatureCheck.INVALID,
                    signatures.size() + " signatures; exactly one is accepted");
        }
        WSSecurityEngineResult signature = signatures.get(0);
        List<WSSecurityEngineResult> timestamps = result.getActionResults().getOrDefault(WSConstants.TS, List.of());
        if (timestamps.isEmpty()) {
            return Verification.failed(SignatureCheck.TIMESTAMP_MISSING, "no WS-Security Timestamp");
        }
        Timestamp timestamp = (Timestamp) timestamps.get(0).get(WSSecurityEngineResult.TAG_TIMESTAMP);
        @SuppressWarnings("unchecked")
        List<WSDataRef> references = (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        boolean bodySigned = references != null && references.stream().anyMatch(r -> r.getProtectedElement() == body);
        if (!bodySigned) {
            return Verification.failed(SignatureCheck.BODY_NOT_SIGNED, "the signature does not cover the Body");
        }
        boolean timestampSigned = references.stream().anyMatch(r -> r.getProtectedElement() == timestamp.getElement());
        if (!timestampSigned) {
            return Verification.failed(
                    SignatureCheck.TIMESTAMP_NOT_SIGNED, "the signature does not cover the Timestamp");
        }
        X509Certificate certificate = (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
        if (certificate == null) {
            return Verification.failed(SignatureCheck.INVALID, "the signature names no X.509 certificate");
        }
        byte[] value = (byte[]) signature.get(WSSecurityEngineResult.TAG_SIGNATURE_VALUE);
        return new Verification(
                SignatureCheck.VALID,
                certificate,
                value == null ? null : Base64.getEncoder().encodeToString(value),
                timestamp.getCreated(),
                timestamp.getExpires(),
                null);
    }

    /**
     * Tells a signature that does not hold from a Body changed after signing: when the signature value verifies with
     * the key of the token's certificate but the Body's reference does not, the Body was altered.
     */
    private static SignatureCheck diagnose(Document soap, Element body) {
        try {
            Element security = securityHeader(soap);
            NodeList tokens = security.getElementsByTagNameNS(WSSE, "BinarySecurityToken");
            NodeList signatures = security.getElementsByTagNameNS(DSIG, "Signature");
            if (tokens.getLength() != 1 || signatures.getLength() != 1) {
                return SignatureCheck.INVALID;
            }
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(
                            Base64.getMimeDecoder().decode(tokens.item(0).getTextContent())));
            DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            markIds(soap.getDocumentElement(), context);
            XMLSignature xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            if (!xml.getSignatureValue().validate(context)) {
                return SignatureCheck.INVALID;
            }
            String bodyId = body.getAttributeNS(WSU, "Id");
            for (Object r : xml.getSignedInfo().getReferences()) {
                Reference reference = (Reference) r;
                if (!bodyId.isEmpty() && ("#" + bodyId).equals(reference.getURI()) && !reference.validate(context)) {
                    return SignatureCheck.BODY_ALTERED;
                }
            }
            return SignatureCheck.INVALID;
        } catch (CertificateException | MarshalException | XMLSignatureException | RuntimeException e) {
            return SignatureCheck.INVALID;
        }
    }

    private static void markIds(Element element, DOMValidateContext context) {
        if (element.hasAttributeNS(WSU, "Id")) {
            context.setIdAttributeNS(element, WSU, "Id");
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                markIds(e, context);
            }
        }
    }

    private static Element securityHeader(Document soap) {
        NodeList headers = soap.getElementsByTagNameNS(WSSE, "Security");
        return headers.getLength() == 0 ? null : (Element) headers.item(0);
    }

    private static AlgorithmSuite algorithms() {
        AlgorithmSuite suite = new AlgorithmSuite();
        suite.addSignatureMethod(WSS4JConstants.RSA_SHA256);
        suite.addSignatureMethod(WSS4JConstants.ECDSA_SHA256);
        suite.addC14nAlgorithm(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        suite.addDigestAlgorithm(WSS4JConstants.SHA256);
        suite.addTransformAlgorithm(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        return suite;
    }

    /**
     * Signs a SOAP envelope in place with the key and certificate under {@code alias} of {@code keyStore}: a Timestamp
     * valid {@code ttlSeconds}, the certificate as a BinarySecurityToken, and one signature over the Body and the
     * Timestamp (RSA-SHA256 or ECDSA-SHA256 by the key, SHA-256, exclusive canonicalisation).
     */
    public static void sign(Document soap, KeyStore keyStore, String alias, String password, int ttlSeconds) {
        try {
            Merlin crypto = new Merlin();
            crypto.setKeyStore(keyStore);
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate(alias);
            WSSecHeader header = new WSSecHeader(soap);
            header.insertSecurityHeader();
            WSSecTimestamp timestamp = new WSSecTimestamp(header);
            timestamp.setTimeToLive(ttlSeconds);
            timestamp.build();
            WSSecSignature signature = new WSSecSignature(header);
            signature.setUserInfo(alias, password);
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(
                    "EC".equals(certificate.getPublicKey().getAlgorithm())
                            ? WSS4JConstants.ECDSA_SHA256
                            : WSS4JConstants.RSA_SHA256);
            signature.setDigestAlgo(WSS4JConstants.SHA256);
            signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
            signature.getParts().add(new WSEncryptionPart("Body", SOAP_11, "Element"));
            signature.getParts().add(new WSEncryptionPart("Timestamp", WSU, ""));
            signature.build(crypto);
        } catch (WSSecurityException | java.security.KeyStoreException e) {
            throw new IllegalStateException("the answer could not be signed", e);
        }
    }
}
