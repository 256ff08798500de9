package org.returneeregistry.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

/** The agreement aggregate as pure domain logic: lifecycle, versions, scope and certificates at their boundaries. */
class AgreementTest {

    private static final Actor ADMIN = new Actor("admin", "NPL-DOFE");
    private static final Instant REGISTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final String PARTNER = "QAT-MOL";
    private static final ScopeRow RETURN_NOTICE_IN = new ScopeRow(
            Direction.INBOUND,
            "RETURN_NOTICE",
            DataCategory.IDENTITY,
            Purpose.REINTEGRATION_SERVICES,
            ScopeLegalBasis.AGREEMENT);
    private static final ScopeRow RECORDS_OUT = new ScopeRow(
            Direction.OUTBOUND,
            "EMPLOYMENT_RECORD_REQUEST",
            DataCategory.MIGRATION_HISTORY,
            Purpose.SOCIAL_SECURITY_CLAIM,
            ScopeLegalBasis.CONSENT_REQUIRED);

    static AgreementTerms terms(LocalDate from, LocalDate until, List<ScopeRow> scope) {
        return new AgreementTerms(
                "Labour agreement Nepal-Qatar",
                "NPL-QAT/2026/1",
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 1),
                from,
                until,
                365,
                List.of(new Party("NPL", "NPL-DOFE"), new Party("QAT", PARTNER)),
                scope);
    }

    static Agreement inForce(LocalDate from, LocalDate until) {
        Agreement a = Agreement.register(
                AgreementType.LABOUR_MIGRATION,
                terms(from, until, List.of(RETURN_NOTICE_IN, RECORDS_OUT)),
                ADMIN,
                REGISTERED,
                "signed");
        a.putInForce(ADMIN, REGISTERED, "ratified");
        return a;
    }

    @Test
    void goesThroughItsLifecycleRecordingWhoWhenWhyAndTheVersion() {
        Agreement a = Agreement.register(
                AgreementType.SOCIAL_SECURITY,
                terms(LocalDate.of(2026, 1, 1), null, List.of(RETURN_NOTICE_IN)),
                ADMIN,
                REGISTERED,
                "signed");
        assertEquals(AgreementStatus.DRAFT, a.status());
        a.putInForce(ADMIN, REGISTERED.plusSeconds(1), "ratified");
        a.suspend(ADMIN, REGISTERED.plusSeconds(2), "breach under review");
        a.resume(ADMIN, REGISTERED.plusSeconds(3), "resolved");
        a.amend(
                terms(LocalDate.of(2026, 1, 1), null, List.of(RETURN_NOTICE_IN, RECORDS_OUT)),
                ADMIN,
                REGISTERED.plusSeconds(4),
                "protocol 1");
        a.suspend(ADMIN, REGISTERED.plusSeconds(5), "again");
        a.terminate(ADMIN, REGISTERED.plusSeconds(6), "denounced");

        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertEquals(
                List.of(
                        AgreementEventType.REGISTERED,
                        AgreementEventType.PUT_IN_FORCE,
                        AgreementEventType.SUSPENDED,
                        AgreementEventType.RESUMED,
                        AgreementEventType.AMENDED,
                        AgreementEventType.SUSPENDED,
                        AgreementEventType.TERMINATED),
                a.events().stream().map(AgreementEvent::type).toList());
        assertEquals(
                List.of(1, 1, 1, 1, 2, 2, 2),
                a.events().stream().map(AgreementEvent::versionNumber).toList());
        AgreementEvent last = a.events().get(6);
        assertEquals("denounced", last.reason());
        assertEquals(REGISTERED.plusSeconds(6), last.at());
        assertEquals(ADMIN.display(), last.actor().display());
    }

    @Test
    void refusesTransitionsOutsideTheLifecycle() {
        Agreement draft = Agreement.register(
                AgreementType.DATA_SHARING_MOU,
                terms(LocalDate.of(2026, 1, 1), null, List.of(RETURN_NOTICE_IN)),
                ADMIN,
                REGISTERED,
                null);
        assertConflict(() -> draft.suspend(ADMIN, REGISTERED, "x"));
        assertConflict(() -> draft.resume(ADMIN, REGISTERED, "x"));
        assertConflict(() -> draft.terminate(ADMIN, REGISTERED, "x"));
        draft.putInForce(ADMIN, REGISTERED, "x");
        assertConflict(() -> draft.putInForce(ADMIN, REGISTERED, "x"));
        assertConflict(() -> draft.resume(ADMIN, REGISTERED, "x"));
        draft.terminate(ADMIN, REGISTERED, "x");
        assertConflict(() -> draft.resume(ADMIN, REGISTERED, "x"));
        assertConflict(() -> draft.suspend(ADMIN, REGISTERED, "x"));
        assertConflict(
                () -> draft.amend(terms(LocalDate.of(2026, 1, 1), null, List.of(RECORDS_OUT)), ADMIN, REGISTERED, "x"));
        assertConflict(() -> draft.setEndpoint(PARTNER, EndpointTransport.SOAP, "https://x", ADMIN, REGISTERED, null));
        assertEquals(3, draft.events().size(), "registered, in force, terminated: the refusals recorded nothing");
    }

    @Test
    void anAmendmentAddsAVersionAndLeavesTheEarlierOneAsItWas() {
        Agreement a = inForce(LocalDate.of(2026, 1, 1), null);
        a.amend(
                terms(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), List.of(RECORDS_OUT)),
                ADMIN,
                REGISTERED.plusSeconds(60),
                "narrowed");

        assertEquals(2, a.currentVersion());
        assertEquals(2, a.version(1).orElseThrow().terms().scope().size());
        assertNull(a.version(1).orElseThrow().terms().validUntil());
        assertEquals(1, a.version(2).orElseThrow().terms().scope().size());
        assertEquals("narrowed", a.version(2).orElseThrow().reason());
        assertTrue(a.version(3).isEmpty());
        assertTrue(a.version(0).isEmpty());
        ScopeDecision narrowed = a.scopeAt(
                REGISTERED.plusSeconds(61),
                Direction.INBOUND,
                "RETURN_NOTICE",
                DataCategory.IDENTITY,
                Purpose.REINTEGRATION_SERVICES);
        assertEquals(ScopeDecision.Outcome.OUT_OF_SCOPE, narrowed.outcome());
        assertEquals(2, narrowed.version());
    }

    static Stream<Arguments> scopeAtTheBoundaries() {
        Instant validFrom = Instant.parse("2026-02-01T00:00:00Z");
        Instant afterUntil = Instant.parse("2026-03-01T00:00:00Z");
        return Stream.of(
                Arguments.of(validFrom.minusNanos(1), ScopeDecision.Outcome.OUTSIDE_VALIDITY),
                Arguments.of(validFrom, ScopeDecision.Outcome.IN_SCOPE),
                Arguments.of(afterUntil.minusNanos(1), ScopeDecision.Outcome.IN_SCOPE),
                Arguments.of(afterUntil, ScopeDecision.Outcome.OUTSIDE_VALIDITY));
    }

    @ParameterizedTest
    @MethodSource
    void scopeAtTheBoundaries(Instant at, ScopeDecision.Outcome expected) {
        Agreement a = inForce(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

        ScopeDecision decision = a.scopeAt(
                at, Direction.INBOUND, "RETURN_NOTICE", DataCategory.IDENTITY, Purpose.REINTEGRATION_SERVICES);

        assertEquals(expected, decision.outcome());
        assertEquals(a.agreementId(), decision.agreementId());
        assertEquals(1, decision.version());
        assertEquals(
                expected == ScopeDecision.Outcome.IN_SCOPE ? ScopeLegalBasis.AGREEMENT : null, decision.legalBasis());
    }

    static Stream<Arguments> scopeRows() {
        return Stream.of(
                Arguments.of(
                        Direction.INBOUND,
                        "RETURN_NOTICE",
                        DataCategory.IDENTITY,
                        Purpose.REINTEGRATION_SERVICES,
                        ScopeDecision.Outcome.IN_SCOPE),
                Arguments.of(
                        Direction.OUTBOUND,
                        "RETURN_NOTICE",
                        DataCategory.IDENTITY,
                        Purpose.REINTEGRATION_SERVICES,
                        ScopeDecision.Outcome.OUT_OF_SCOPE),
                Arguments.of(
                        Direction.INBOUND,
                        "CONSENT_REVOKED",
                        DataCategory.IDENTITY,
                        Purpose.REINTEGRATION_SERVICES,
                        ScopeDecision.Outcome.OUT_OF_SCOPE),
                Arguments.of(
                        Direction.INBOUND,
                        "RETURN_NOTICE",
                        DataCategory.HEALTH,
                        Purpose.REINTEGRATION_SERVICES,
                        ScopeDecision.Outcome.OUT_OF_SCOPE),
                Arguments.of(
                        Direction.INBOUND,
                        "RETURN_NOTICE",
                        DataCategory.IDENTITY,
                        Purpose.STATISTICS,
                        ScopeDecision.Outcome.OUT_OF_SCOPE),
                Arguments.of(
                        Direction.OUTBOUND,
                        "EMPLOYMENT_RECORD_REQUEST",
                        DataCategory.MIGRATION_HISTORY,
                        Purpose.SOCIAL_SECURITY_CLAIM,
                        ScopeDecision.Outcome.IN_SCOPE));
    }

    @ParameterizedTest
    @MethodSource
    void scopeRows(
            Direction direction, String type, DataCategory category, Purpose purpose, ScopeDecision.Outcome expected) {
        Agreement a = inForce(LocalDate.of(2026, 1, 1), null);

        assertEquals(
                expected,
                a.scopeAt(REGISTERED, direction, type, category, purpose).outcome());
    }

    @Test
    void onlyAnAgreementInForceLetsAnythingCross() {
        Agreement a = Agreement.register(
                AgreementType.LABOUR_MIGRATION,
                terms(LocalDate.of(2026, 1, 1), null, List.of(RETURN_NOTICE_IN)),
                ADMIN,
                REGISTERED,
                null);
        Instant at = REGISTERED.plusSeconds(10);
        assertEquals(ScopeDecision.Outcome.NOT_IN_FORCE, decide(a, at));
        a.putInForce(ADMIN, at, "r");
        ScopeDecision inScope = a.scopeAt(
                at, Direction.INBOUND, "RETURN_NOTICE", DataCategory.IDENTITY, Purpose.REINTEGRATION_SERVICES);
        assertEquals(ScopeDecision.Outcome.IN_SCOPE, inScope.outcome());
        assertEquals(365, inScope.retentionDays());
        a.suspend(ADMIN, at, "r");
        assertEquals(ScopeDecision.Outcome.SUSPENDED, decide(a, at));
        a.resume(ADMIN, at, "r");
        assertEquals(ScopeDecision.Outcome.IN_SCOPE, decide(a, at));
        a.terminate(ADMIN, at, "r");
        assertEquals(ScopeDecision.Outcome.TERMINATED, decide(a, at));
    }

    private static ScopeDecision.Outcome decide(Agreement a, Instant at) {
        return a.scopeAt(at, Direction.INBOUND, "RETURN_NOTICE", DataCategory.IDENTITY, Purpose.REINTEGRATION_SERVICES)
                .outcome();
    }

    private static void assertConflict(org.junit.jupiter.api.function.Executable change) {
        RegistryException refused = assertThrows(RegistryException.class, change);
        assertEquals(ErrorCode.AGREEMENT_STATUS_CONFLICT, refused.code(), refused.getMessage());
    }

    @Test
    void endpointsAreAddedAndReplacedPerInstitutionAndTransport() {
        Agreement a = inForce(LocalDate.of(2026, 1, 1), null);
        a.setEndpoint(PARTNER, EndpointTransport.SOAP, "https://a.example/soap", ADMIN, REGISTERED, null);
        a.setEndpoint(PARTNER, EndpointTransport.REST, "https://a.example/rest", ADMIN, REGISTERED, null);
        a.setEndpoint(PARTNER, EndpointTransport.SOAP, "https://b.example/soap", ADMIN, REGISTERED, "moved");

        assertEquals(2, a.endpoints().size());
        assertEquals(
                "https://b.example/soap",
                a.endpoints().stream()
                        .filter(e -> e.transport() == EndpointTransport.SOAP)
                        .findFirst()
                        .orElseThrow()
                        .url());
        RegistryException notParty = assertThrows(
                RegistryException.class,
                () -> a.setEndpoint("IND-MOL", EndpointTransport.SOAP, "https://x", ADMIN, REGISTERED, null));
        assertEquals(ErrorCode.INSTITUTION_NOT_PARTY, notParty.code());
    }

    @Test
    void certificatesValidAtTheBoundariesOfTheirValidityAndTheirRevocation() {
        Agreement a = inForce(LocalDate.of(2026, 1, 1), null);
        Instant notBefore = Instant.parse("2026-01-01T00:00:00Z");
        Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");
        SigningCertificate certificate =
                new SigningCertificate("pem", "CN=a", "CN=a", "1f", "ab".repeat(32), notBefore, notAfter, "EC");
        PartnerCertificate attached = a.attachCertificate(PARTNER, certificate, ADMIN, REGISTERED, "first");

        assertEquals(List.of(), a.certificatesValidAt(PARTNER, notBefore.minusNanos(1)));
        assertEquals(List.of(attached), a.certificatesValidAt(PARTNER, notBefore));
        assertEquals(List.of(attached), a.certificatesValidAt(PARTNER, notAfter));
        assertEquals(List.of(), a.certificatesValidAt(PARTNER, notAfter.plusNanos(1)));
        assertEquals(List.of(), a.certificatesValidAt("NPL-DOFE", notBefore), "another institution's");

        Instant revoked = Instant.parse("2026-06-01T12:00:00Z");
        a.revokeCertificate(attached.certificateId(), ADMIN, revoked, "key compromised");
        assertEquals(List.of(attached), a.certificatesValidAt(PARTNER, revoked.minusNanos(1)));
        assertEquals(List.of(), a.certificatesValidAt(PARTNER, revoked));
        assertEquals("key compromised", attached.revocationReason());
        assertEquals(ADMIN.display(), attached.revokedBy());
        RegistryException again = assertThrows(
                RegistryException.class, () -> a.revokeCertificate(attached.certificateId(), ADMIN, revoked, "again"));
        assertEquals(ErrorCode.CERTIFICATE_ALREADY_REVOKED, again.code());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(
                                RegistryException.class,
                                () -> a.revokeCertificate("00000000-0000-0000-0000-000000000000", ADMIN, revoked, "x"))
                        .code());
    }

    @Test
    void twoCertificatesMayOverlapDuringARotationNotThree() {
        Agreement a = inForce(LocalDate.of(2026, 1, 1), null);
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        PartnerCertificate old = a.attachCertificate(
                PARTNER, certificate("01", now.minusSeconds(86_400), now.plusSeconds(30 * 86_400)), ADMIN, now, null);
        PartnerCertificate next = a.attachCertificate(
                PARTNER, certificate("02", now.minusSeconds(60), now.plusSeconds(400 * 86_400)), ADMIN, now, null);

        assertEquals(List.of(next, old), a.certificatesValidAt(PARTNER, now), "both valid, newest first");
        RegistryException third = assertThrows(
                RegistryException.class,
                () -> a.attachCertificate(PARTNER, certificate("03", now, now.plusSeconds(86_400)), ADMIN, now, null));
        assertEquals(ErrorCode.CERTIFICATE_LIMIT_REACHED, third.code());
        RegistryException twice = assertThrows(
                RegistryException.class,
                () -> a.attachCertificate(PARTNER, certificate("02", now, now.plusSeconds(86_400)), ADMIN, now, null));
        assertEquals(ErrorCode.CERTIFICATE_ALREADY_ATTACHED, twice.code());
        RegistryException notParty = assertThrows(
                RegistryException.class,
                () -> a.attachCertificate(
                        "IND-MOL", certificate("04", now, now.plusSeconds(86_400)), ADMIN, now, null));
        assertEquals(ErrorCode.INSTITUTION_NOT_PARTY, notParty.code());

        a.revokeCertificate(old.certificateId(), ADMIN, now.plusSeconds(1), "rotated");
        assertEquals(List.of(next), a.certificatesValidAt(PARTNER, now.plusSeconds(1)));
        assertNotNull(a.attachCertificate(
                PARTNER, certificate("03", now, now.plusSeconds(86_400)), ADMIN, now.plusSeconds(2), null));
        assertEquals(3, a.certificates().size());
    }

    private static SigningCertificate certificate(String serial, Instant notBefore, Instant notAfter) {
        return new SigningCertificate(
                "pem", "CN=" + serial, "CN=ca", serial, serial.repeat(32), notBefore, notAfter, "RSA");
    }
}
