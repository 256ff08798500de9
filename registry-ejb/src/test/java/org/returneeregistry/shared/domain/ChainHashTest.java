package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.verify.BundleVerifier;

/**
 * The chain's hash is the same for every log, unchanged for entries already linked, and the one the offline
 * verifier recomputes from a bundle's fields: the registry's code and the verifier's agree.
 */
class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");

    @Test
    void aDecisionHashesItsSequenceFieldsPreviousHashAndSealAsBefore() {
        DecisionLogEntry d = DecisionLogEntry.of(new DecisionLogEntry.Decision(
                        AT,
                        "NPL-MOHP",
                        null,
                        "REST",
                        "a".repeat(64),
                        "HEALTH_FOLLOW_UP",
                        Set.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                        Set.of(DataCategory.IDENTITY),
                        DecisionReason.CONSENT,
                        "2026-11",
                        null,
                        "b".repeat(64)))
                .sealedWith("c".repeat(64));
        d.link(7, "d".repeat(64));

        String asWritten = String.join(
                "\n",
                "7",
                Long.toString(AT.getEpochSecond()),
                Integer.toString(AT.getNano()),
                "NPL-MOHP",
                "",
                "REST",
                "a".repeat(64),
                "HEALTH_FOLLOW_UP",
                java.util.stream.Stream.of(DataCategory.IDENTITY, DataCategory.HEALTH)
                        .sorted()
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(",")),
                "IDENTITY",
                "PERMIT",
                "CONSENT",
                "2026-11",
                "",
                "b".repeat(64),
                "d".repeat(64),
                "c".repeat(64));
        assertEquals(Sha256.hex(asWritten), d.entryHash());
        assertEquals(d.entryHash(), BundleVerifier.hash(7, d.chainedFields(), d.previousHash(), d.seal()));
        // the agreement's id and version came later: a decision without one hashes as decisions did before
        assertEquals(
                DecisionLogEntry.CHAINED_FIELD_NAMES.size() - 2,
                d.chainedFields().size());

        DecisionLogEntry partner = DecisionLogEntry.of(new DecisionLogEntry.Decision(
                        AT,
                        "QAT-GOSI",
                        null,
                        "PARTNER",
                        "a".repeat(64),
                        "SOCIAL_SECURITY_CLAIM",
                        Set.of(DataCategory.IDENTITY),
                        Set.of(DataCategory.IDENTITY),
                        DecisionReason.AGREEMENT,
                        "2026-11",
                        null,
                        "b".repeat(64),
                        "AGR-2026-0001",
                        3))
                .sealedWith("c".repeat(64));
        partner.link(8, d.entryHash());
        List<String> fields = partner.chainedFields();
        assertEquals(DecisionLogEntry.CHAINED_FIELD_NAMES.size(), fields.size());
        assertEquals(List.of("AGR-2026-0001", "3"), fields.subList(fields.size() - 2, fields.size()));
        assertEquals(partner.entryHash(), BundleVerifier.hash(8, fields, partner.previousHash(), partner.seal()));
    }

    @Test
    void anAuditEntryHashesTheSameWayAndAnUnsealedOneWithoutASeal() {
        AuditEntry sealed = new AuditEntry(
                        AT,
                        new Actor("sub-1", "registrar.demo", "NPL-DOFE", null),
                        "SOAP",
                        "RETURNEE_READ",
                        "OK",
                        "e".repeat(64))
                .sealedWith("f".repeat(64));
        sealed.link(3, "1".repeat(64));
        String asWritten = String.join(
                "\n",
                "3",
                Long.toString(AT.getEpochSecond()),
                Integer.toString(AT.getNano()),
                "sub-1",
                "registrar.demo",
                "NPL-DOFE",
                "",
                "SOAP",
                "RETURNEE_READ",
                "OK",
                "e".repeat(64),
                "1".repeat(64),
                "f".repeat(64));
        assertEquals(Sha256.hex(asWritten), sealed.entryHash());
        assertEquals(
                sealed.entryHash(),
                BundleVerifier.hash(3, sealed.chainedFields(), sealed.previousHash(), sealed.seal()));
        assertEquals(
                AuditEntry.CHAINED_FIELD_NAMES.size(), sealed.chainedFields().size());

        AuditEntry unsealed = new AuditEntry(AT, null, "REST", "AUDIT_SEARCH", "OK", null);
        unsealed.link(1, ChainHead.GENESIS_HASH);
        assertEquals(
                Sha256.hex(String.join(
                        "\n",
                        List.of(
                                "1",
                                Long.toString(AT.getEpochSecond()),
                                Integer.toString(AT.getNano()),
                                "",
                                "",
                                "",
                                "",
                                "REST",
                                "AUDIT_SEARCH",
                                "OK",
                                "",
                                ChainHead.GENESIS_HASH))),
                unsealed.entryHash());
        assertEquals(
                unsealed.entryHash(), BundleVerifier.hash(1, unsealed.chainedFields(), ChainHead.GENESIS_HASH, null));
    }
}
