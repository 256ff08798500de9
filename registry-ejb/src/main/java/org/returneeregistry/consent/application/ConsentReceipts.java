package org.returneeregistry.consent.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returneeregistry.consent.domain.ConsentRecord;

/**
 * Builds the signed receipt of a consent record: a compact JWS (ES256, type {@code consent-receipt+jwt})
 * whose claims are the record's ISO/IEC TS 27560 fields with DPV identifiers. Anyone holding the
 * registry's published JWKS can verify it offline; the receipt states what was agreed when it was
 * recorded, which never changes — whether it was revoked since is asked of the registry.
 */
final class ConsentReceipts {

    static final JOSEObjectType TYPE = new JOSEObjectType("consent-receipt+jwt");

    private ConsentReceipts() {
    }

    static String sign(ConsentRecord r, RegistryKeys keys, String issuer, String controller, String withdrawal) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .jwtID(r.consentId())
                .subject(r.registryNumber())
                .audience(r.recipient())
                .issueTime(Date.from(r.recordedAt()))
                .notBeforeTime(Date.from(r.validFrom()))
                .expirationTime(Date.from(r.validUntil()))
                .claim("schemaVersion", r.schemaVersion())
                .claim("recordId", r.consentId())
                .claim("dataSubject", Map.of("registryNumber", r.registryNumber()))
                .claim("controller", Map.of("id", controller))
                .claim("recipients", List.of(Map.of("id", r.recipient())))
                .claim("purposes", r.purposes().stream().sorted().map(p -> Map.of("code", p.name(), "dpv", p.dpv())).toList())
                .claim("personalData", r.categories().stream().sorted().map(c -> Map.of("code", c.name(), "dpv", c.dpv())).toList())
                .claim("legalBasis", Map.of("code", r.legalBasis().name(), "dpv", r.legalBasis().dpv()))
                .claim("notice", Map.of("version", r.noticeVersion(), "language", r.noticeLanguage()))
                .claim("jurisdiction", r.jurisdiction())
                .claim("withdrawalMethod", withdrawal)
                .claim("event", event(r))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE)
                    .keyID(keys.receiptKey().getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(keys.receiptKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign consent receipt " + r.consentId(), e);
        }
    }

    private static Map<String, Object> event(ConsentRecord r) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("time", r.recordedAt().toString());
        event.put("state", r.given() ? "https://w3id.org/dpv#ConsentGiven" : "https://w3id.org/dpv#ConsentRefused");
        event.put("method", r.method().name());
        if (r.evidenceHash() != null) {
            event.put("evidenceHash", r.evidenceHash());
        }
        if (r.representative() != null) {
            event.put("representative", r.representative());
        }
        event.put("validFrom", r.validFrom().toString());
        event.put("validUntil", r.validUntil().toString());
        if (r.supersedes() != null) {
            event.put("supersedes", r.supersedes());
        }
        return event;
    }
}
