package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.CROSS_BORDER_WITHOUT_AGREEMENT;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.LEGAL_BASIS_NOT_SELECTABLE;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.MISSION_EVIDENCE_MISSING;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.PERMITTED;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.RECIPIENT_IS_RECORDER;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.RECIPIENT_NOT_REGISTERED;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.RECORDER_NOT_PERMITTED;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.SELF_NOT_RECORDED_BY_MISSION;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.SUBJECT_NOT_FOUND;
import static org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason.SUPERSEDED_NOT_VISIBLE;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.Facts;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.Reason;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.Recipient;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.RecipientKind;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.Recorder;

/** Who may record consent for whom, naming whom: one row per rule and per way around it. */
class ConsentRecordingPolicyTest {

    private static final String OPERATOR = "NPL-DOFE";
    private static final String DOHA = "NPL-EMB-DOH";
    private static final Recipient HEALTH_MINISTRY = new Recipient("NPL-MOHP", RecipientKind.MINISTRY, "NPL");
    private static final Recipient QATARI_INSURER =
            new Recipient("QAT-GRSIA", RecipientKind.PARTNER_INSTITUTION, "QAT");

    /** Doha's officer records the signed form of a returnee Doha notified, for the Ministry of Health. */
    private static Facts missionAssisted() {
        return new Facts(
                Recorder.MISSION,
                DOHA,
                "NPL",
                null,
                ConsentMethod.ASSISTED,
                true,
                true,
                true,
                HEALTH_MINISTRY,
                false,
                null);
    }

    /** A registrar of the operator records the returnee's own consent for the Ministry of Health. */
    private static Facts registrarSelf() {
        return new Facts(
                Recorder.OPERATOR_REGISTRAR,
                OPERATOR,
                "NPL",
                null,
                ConsentMethod.SELF,
                false,
                true,
                false,
                HEALTH_MINISTRY,
                false,
                null);
    }

    private static Facts with(Facts f, UnaryOperator<Builder> change) {
        return change.apply(new Builder(f)).build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("a mission's assisted consent for a person it notified", missionAssisted(), PERMITTED),
                row(
                        "a mission's delegated consent with the representative's signed form",
                        with(missionAssisted(), b -> b.method(ConsentMethod.DELEGATED)),
                        PERMITTED),
                row("the operator's registrar, the returnee's own consent", registrarSelf(), PERMITTED),
                row(
                        "the operator's registrar, a person no mission of the registrar notified (registrars keep every record)",
                        with(registrarSelf(), b -> b.notified(false)),
                        PERMITTED),
                row(
                        "legal basis CONSENT named explicitly",
                        with(missionAssisted(), b -> b.legalBasis(LegalBasis.CONSENT)),
                        PERMITTED),
                row(
                        "a grant to a home-country mission abroad is not cross-border",
                        with(
                                registrarSelf(),
                                b -> b.recipient(new Recipient("NPL-EMB-RUH", RecipientKind.MISSION, "SAU"))),
                        PERMITTED),
                row(
                        "a mission supersedes its own mission's record",
                        with(missionAssisted(), b -> b.supersedes(true, DOHA)),
                        PERMITTED),
                row(
                        "a registrar supersedes a mission's record",
                        with(registrarSelf(), b -> b.supersedes(true, DOHA)),
                        PERMITTED),

                // only registrars of the operator and missions record
                row("another caller", with(registrarSelf(), b -> b.recorder(Recorder.OTHER)), RECORDER_NOT_PERMITTED),
                // the legal basis is the operator's configuration
                row(
                        "a caller names LEGAL_OBLIGATION",
                        with(registrarSelf(), b -> b.legalBasis(LegalBasis.LEGAL_OBLIGATION)),
                        LEGAL_BASIS_NOT_SELECTABLE),
                row(
                        "a mission names VITAL_INTEREST",
                        with(missionAssisted(), b -> b.legalBasis(LegalBasis.VITAL_INTEREST)),
                        LEGAL_BASIS_NOT_SELECTABLE),
                // a mission's consent needs evidence
                row(
                        "a mission records SELF",
                        with(missionAssisted(), b -> b.method(ConsentMethod.SELF)),
                        SELF_NOT_RECORDED_BY_MISSION),
                row(
                        "a mission records SELF even with a hash",
                        with(missionAssisted(), b -> b.method(ConsentMethod.SELF)
                                .evidence(true)),
                        SELF_NOT_RECORDED_BY_MISSION),
                row(
                        "a mission records DELEGATED without the signed form",
                        with(missionAssisted(), b -> b.method(ConsentMethod.DELEGATED)
                                .evidence(false)),
                        MISSION_EVIDENCE_MISSING),
                // a mission records only for people it notified, answered as not found
                row(
                        "a mission, a person another mission notified",
                        with(missionAssisted(), b -> b.notified(false)),
                        SUBJECT_NOT_FOUND),
                row(
                        "a mission, a registry number nobody holds",
                        with(missionAssisted(), b -> b.exists(false).notified(false)),
                        SUBJECT_NOT_FOUND),
                row(
                        "a registrar, a registry number nobody holds",
                        with(registrarSelf(), b -> b.exists(false)),
                        SUBJECT_NOT_FOUND),
                row(
                        "a recipient nobody registered",
                        with(registrarSelf(), b -> b.recipient(null)),
                        RECIPIENT_NOT_REGISTERED),
                // nobody grants consent to their own organisation
                row(
                        "a mission names itself",
                        with(missionAssisted(), b -> b.recipient(new Recipient(DOHA, RecipientKind.MISSION, "QAT"))),
                        RECIPIENT_IS_RECORDER),
                row(
                        "the operator's registrar names the operator",
                        with(
                                registrarSelf(),
                                b -> b.recipient(new Recipient(OPERATOR, RecipientKind.REGISTRY_OPERATOR, "NPL"))),
                        RECIPIENT_IS_RECORDER),
                // no cross-border grant without an agreement
                row(
                        "a mission names a foreign partner institution",
                        with(missionAssisted(), b -> b.recipient(QATARI_INSURER)),
                        CROSS_BORDER_WITHOUT_AGREEMENT),
                row(
                        "a registrar names a foreign partner institution",
                        with(registrarSelf(), b -> b.recipient(QATARI_INSURER)),
                        CROSS_BORDER_WITHOUT_AGREEMENT),
                row(
                        "a partner institution registered with the home country's code is still foreign",
                        with(
                                registrarSelf(),
                                b -> b.recipient(new Recipient("NPL-XB", RecipientKind.PARTNER_INSTITUTION, "NPL"))),
                        CROSS_BORDER_WITHOUT_AGREEMENT),
                row(
                        "a ministry of another country",
                        with(
                                registrarSelf(),
                                b -> b.recipient(new Recipient("IND-MOH", RecipientKind.MINISTRY, "IND"))),
                        CROSS_BORDER_WITHOUT_AGREEMENT),
                // an agreement in force whose outbound scope covers the record lets consent name the partner
                row(
                        "a registrar names a partner institution an agreement in force covers",
                        with(registrarSelf(), b -> b.recipient(QATARI_INSURER).covered(true)),
                        PERMITTED),
                row(
                        "a mission names a partner institution an agreement in force covers",
                        with(missionAssisted(), b -> b.recipient(QATARI_INSURER).covered(true)),
                        PERMITTED),
                row(
                        "an agreement's cover does not excuse a mission without the signed form",
                        with(
                                missionAssisted(),
                                b -> b.recipient(QATARI_INSURER).covered(true).evidence(false)),
                        MISSION_EVIDENCE_MISSING),
                row(
                        "a partner institution an agreement covers, for a returnee nobody holds",
                        with(
                                registrarSelf(),
                                b -> b.recipient(QATARI_INSURER).covered(true).exists(false)),
                        SUBJECT_NOT_FOUND),
                // supersede only what you may see
                row(
                        "a mission supersedes another mission's record",
                        with(missionAssisted(), b -> b.supersedes(true, "NPL-EMB-RUH")),
                        SUPERSEDED_NOT_VISIBLE),
                row(
                        "a mission supersedes the operator's record",
                        with(missionAssisted(), b -> b.supersedes(true, OPERATOR)),
                        SUPERSEDED_NOT_VISIBLE),
                row(
                        "a mission supersedes a record that does not exist",
                        with(missionAssisted(), b -> b.supersedes(true, null)),
                        SUPERSEDED_NOT_VISIBLE),
                row(
                        "a registrar supersedes a record that does not exist",
                        with(registrarSelf(), b -> b.supersedes(true, null)),
                        SUPERSEDED_NOT_VISIBLE),

                // the order: what a refusal reveals never depends on whether the person exists
                row(
                        "a mission's SELF for a person it did not notify is refused for the method, as for anyone",
                        with(missionAssisted(), b -> b.method(ConsentMethod.SELF)
                                .notified(false)),
                        SELF_NOT_RECORDED_BY_MISSION),
                row(
                        "a mission naming itself for a person it did not notify answers not found",
                        with(missionAssisted(), b -> b.notified(false)
                                .recipient(new Recipient(DOHA, RecipientKind.MISSION, "QAT"))),
                        SUBJECT_NOT_FOUND),
                row(
                        "a mission superseding another's record for a person it did not notify answers not found",
                        with(missionAssisted(), b -> b.notified(false).supersedes(true, OPERATOR)),
                        SUBJECT_NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, Facts facts, Reason expected) {
        assertEquals(expected, ConsentRecordingPolicy.decide(facts));
    }

    private static Arguments row(String name, Facts facts, Reason expected) {
        return Arguments.of(name, facts, expected);
    }

    /** Facts with one thing changed. */
    private static final class Builder {
        private Recorder recorder;
        private final String organisation;
        private LegalBasis legalBasis;
        private ConsentMethod method;
        private boolean evidence;
        private boolean exists;
        private boolean notified;
        private Recipient recipient;
        private boolean supersedesNamed;
        private String supersededRecordedBy;
        private boolean covered;

        Builder(Facts f) {
            recorder = f.recorder();
            organisation = f.recorderOrganisation();
            legalBasis = f.legalBasis();
            method = f.method();
            evidence = f.evidence();
            exists = f.subjectExists();
            notified = f.subjectNotified();
            recipient = f.recipient();
            supersedesNamed = f.supersedesNamed();
            supersededRecordedBy = f.supersededRecordedBy();
            covered = f.agreementCovers();
        }

        Builder recorder(Recorder r) {
            recorder = r;
            return this;
        }

        Builder legalBasis(LegalBasis b) {
            legalBasis = b;
            return this;
        }

        Builder method(ConsentMethod m) {
            method = m;
            return this;
        }

        Builder evidence(boolean e) {
            evidence = e;
            return this;
        }

        Builder exists(boolean e) {
            exists = e;
            return this;
        }

        Builder notified(boolean n) {
            notified = n;
            return this;
        }

        Builder recipient(Recipient r) {
            recipient = r;
            return this;
        }

        Builder covered(boolean c) {
            covered = c;
            return this;
        }

        Builder supersedes(boolean named, String recordedBy) {
            supersedesNamed = named;
            supersededRecordedBy = recordedBy;
            return this;
        }

        Facts build() {
            return new Facts(
                    recorder,
                    organisation,
                    "NPL",
                    legalBasis,
                    method,
                    evidence,
                    exists,
                    notified,
                    recipient,
                    supersedesNamed,
                    supersededRecordedBy,
                    covered);
        }
    }
}
