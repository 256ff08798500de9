package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.verify.StatementVerifier;

/**
 * A statement signed as the registry signs it — the JSON as a JWS, the PDF with a CMS signature — verifies offline
 * with the registry-verify module against the published keys alone, and fails when one digit of the JSON payload or
 * one byte of the PDF's signed range is changed; after a key rotation old statements still verify.
 */
class StatementSigningTest {

    private static final char[] PASSWORD = "changeit-test".toCharArray();
    private static final List<StatementLayout.Line> LINES = List.of(
            new StatementLayout.Line(
                    "0b7a36e2-2f4c-4bb8-9a59-4f4b2a0a6f10",
                    "QAT",
                    "QAT-GOSI",
                    LocalDate.of(2009, 1, 1),
                    LocalDate.of(2021, 12, 31),
                    "COMPULSORY_EMPLOYED",
                    null,
                    null,
                    "5d0c8a4e-11aa-4c57-9a0e-6f2b8f3c1d22"),
            new StatementLayout.Line(
                    "0b7a36e2-2f4c-4bb8-9a59-4f4b2a0a6f10",
                    "SAU",
                    "SAU-GOSI",
                    LocalDate.of(2004, 3, 1),
                    LocalDate.of(2008, 6, 30),
                    "COMPULSORY_EMPLOYED",
                    new BigDecimal("52.00"),
                    "MONTHS",
                    "7e3f0c1b-9a2d-4e6f-8b1c-2d3e4f5a6b7c"));

    @TempDir
    static Path dir;

    private static Path keystore;

    @BeforeAll
    static void aKeystoreWithTheOldAndTheNewKey() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        addKey(store, "registry-statement-2026", "CN=Returnee Registry statements 2026");
        addKey(store, "registry-statement-2027", "CN=Returnee Registry statements 2027");
        keystore = dir.resolve("statement-signing.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD);
        }
    }

    private static void addKey(KeyStore store, String alias, String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                new X500Name(subject),
                                BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minus(1, ChronoUnit.DAYS)),
                                Date.from(now.plus(365, ChronoUnit.DAYS)),
                                new X500Name(subject),
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        store.setKeyEntry(alias, pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
    }

    static StatementSigningKey key(String alias) {
        StatementSigningKey key = new StatementSigningKey();
        key.path = Optional.of(keystore.toString());
        key.password = Optional.of(new String(PASSWORD));
        key.alias = alias;
        return key;
    }

    private static StatementIssuer service() {
        StatementIssuer service = new StatementIssuer();
        service.operatorCode = "NPL-DOFE";
        service.operatorName = "Department of Foreign Employment";
        service.verificationUrl = "https://registry.example/registry/api/v1/statement-verifications";
        return service;
    }

    /** A statement as the service issues it: its flattened JWS and its signed PDF. */
    private static String[] issue(StatementSigningKey key, String statementId) {
        Instant issuedAt = Instant.parse("2026-12-07T10:15:30Z");
        String payload = service()
                .payload(statementId, "RR-0000-0042-7", List.of("Sita", "Gurung"), issuedAt, key.keyId(), LINES);
        JWSObject jws = key.signJson(payload);
        String digest = Sha256.hex(payload);
        byte[] pdf = StatementLayout.render(
                statementId,
                "RR-0000-0042-7",
                "Sita",
                "Gurung",
                "NPL-DOFE",
                "Department of Foreign Employment",
                issuedAt.toString(),
                key.keyId(),
                digest,
                "https://registry.example/registry/api/v1/statement-verifications/" + statementId + "?digest=" + digest,
                LINES);
        byte[] signed = key.pdfSigner().sign(pdf, key.signerName(), "Statement", "Kathmandu", issuedAt);
        return new String[] {
            StatementIssuer.flattened(jws), java.util.Base64.getEncoder().encodeToString(signed)
        };
    }

    private static StatementVerifier verifier() throws Exception {
        // what a verifier saved from GET /statement-keys: public keys only
        return new StatementVerifier(
                JWKSet.parse(key("registry-statement-2027").published().toString(true)));
    }

    @Test
    void theJsonStatementVerifiesOfflineAndFailsWithOneDigitChanged() throws Exception {
        String json = issue(key("registry-statement-2027"), "11111111-2222-4333-8444-555555555555")[0];
        StatementVerifier.Result ok = verifier().verifyJson(json);
        assertTrue(ok.valid(), ok.report()::toString);
        assertEquals("RR-0000-0042-7", ok.statement().get("registryNumber"));
        assertEquals("registry-statement-2027", ok.statement().get("kid"));

        JsonObject flattened = Json.createReader(new StringReader(json)).readObject();
        String payload = new Base64URL(flattened.getString("payload")).decodeToString();
        assertTrue(payload.contains("\"days\":4748"), payload);
        String altered = payload.replace("\"days\":4748", "\"days\":4749");
        String forged = Json.createObjectBuilder(flattened)
                .add(
                        "payload",
                        Base64URL.encode(altered.getBytes(StandardCharsets.UTF_8))
                                .toString())
                .build()
                .toString();
        StatementVerifier.Result broken = verifier().verifyJson(forged);
        assertFalse(broken.valid(), broken.report()::toString);
        assertTrue(broken.report().get(broken.report().size() - 1).contains("altered"), broken.report()::toString);
    }

    @Test
    void thePdfStatementCarriesAReaderVisibleSignatureAndFailsWithOneSignedByteChanged() throws Exception {
        byte[] pdf = java.util.Base64.getDecoder()
                .decode(issue(key("registry-statement-2027"), "22222222-2222-4333-8444-555555555555")[1]);
        StatementVerifier.Result ok = verifier().verifyPdf(pdf);
        assertTrue(ok.valid(), ok.report()::toString);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            assertTrue(signature.getName().contains("statements 2027"), signature.getName());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("RR-0000-0042-7") && text.contains("QAT-GOSI"), text);
            Path png = Path.of("target", "period-statement.png");
            Files.createDirectories(png.getParent());
            java.awt.image.BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            ImageIO.write(page, "png", png.toFile());
            // the QR code on the page leads to the verification of this statement id and digest
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)))
                    .getText();
            assertTrue(
                    qr.startsWith("https://registry.example/registry/api/v1/statement-verifications/"
                            + "22222222-2222-4333-8444-555555555555?digest="),
                    qr);
            // one byte in the signed range: a digit of the registry number in the page content is not readable
            // as text (the content stream is compressed), so alter a byte of the document's first object
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            int at = indexOf(pdf, "/Title".getBytes(StandardCharsets.US_ASCII)) + 8;
            assertTrue(at > 8 && at < range[1]);
            byte[] altered = pdf.clone();
            altered[at] = (byte) (altered[at] ^ 0x01);
            StatementVerifier.Result broken = verifier().verifyPdf(altered);
            assertFalse(broken.valid(), broken.report()::toString);
        }
    }

    @Test
    void afterARotationOldStatementsStillVerifyAndAnUnpublishedKeyIsRefused() throws Exception {
        String oldJson = issue(key("registry-statement-2026"), "33333333-2222-4333-8444-555555555555")[0];
        byte[] oldPdf = java.util.Base64.getDecoder()
                .decode(issue(key("registry-statement-2026"), "33333333-2222-4333-8444-555555555555")[1]);
        // the registry now signs with 2027; both stay published
        assertEquals(2, key("registry-statement-2027").published().getKeys().size());
        assertTrue(verifier().verifyJson(oldJson).valid());
        assertTrue(verifier().verifyPdf(oldPdf).valid());

        // a verifier holding only the new key refuses the old statements: the key decides, not the document
        JWKSet onlyNew =
                new JWKSet(key("registry-statement-2027").published().getKeyByKeyId("registry-statement-2027"));
        StatementVerifier strict = new StatementVerifier(onlyNew);
        assertFalse(strict.verifyJson(oldJson).valid());
        assertFalse(strict.verifyPdf(oldPdf).valid());
    }

    @Test
    void aDecisionNoticeSignedTheSameWayVerifiesWithTheSameKeysAndFailsWhenAltered() throws Exception {
        StatementSigningKey key = key("registry-statement-2027");
        DecisionNoticeLayout.Facts facts = DecisionNoticeTest.facts(DecisionNoticeTest.assessment());
        String payload = DecisionNoticeLayout.payload(facts, key.keyId(), "https://registry.example/v");
        String json = SignedDocuments.flattened(key.signJson(payload, DecisionNoticeLayout.TYPE));
        StatementVerifier.Result ok = verifier().verifyJson(json);
        assertTrue(ok.valid(), ok.report()::toString);
        assertTrue(ok.report().stream().anyMatch(l -> l.startsWith("Decision notice " + facts.noticeId())));

        JsonObject flattened = Json.createReader(new StringReader(json)).readObject();
        String text = new Base64URL(flattened.getString("payload")).decodeToString();
        assertTrue(text.contains("\"decision\":\"APPROVED\""), text);
        String forged = Json.createObjectBuilder(flattened)
                .add(
                        "payload",
                        Base64URL.encode(text.replace("\"decision\":\"APPROVED\"", "\"decision\":\"REJECTED\"")
                                        .getBytes(StandardCharsets.UTF_8))
                                .toString())
                .build()
                .toString();
        assertFalse(verifier().verifyJson(forged).valid());
        // a notice's payload under a statement's type is not a statement
        String mislabelled = SignedDocuments.flattened(key.signJson(payload, StatementService.TYPE));
        assertFalse(verifier().verifyJson(mislabelled).valid());

        byte[] pdf = DecisionNoticeLayout.render(facts, key.keyId(), Sha256.hex(payload), "https://registry.example/v");
        byte[] signed = key.pdfSigner().sign(pdf, key.signerName(), "Decision notice", "Kathmandu", Instant.now());
        assertTrue(verifier().verifyPdf(signed).valid());
        int at = indexOf(signed, "/Title".getBytes(StandardCharsets.US_ASCII)) + 8;
        byte[] altered = signed.clone();
        altered[at] = (byte) (altered[at] ^ 0x01);
        assertFalse(verifier().verifyPdf(altered).valid());
    }

    @Test
    void thePublishedKeysCarryNoPrivatePart() {
        String published = key("registry-statement-2027").published().toString(false);
        assertFalse(published.contains("\"d\""), published);
        assertTrue(key("registry-statement-2027").certificatesPem().contains("BEGIN CERTIFICATE"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
