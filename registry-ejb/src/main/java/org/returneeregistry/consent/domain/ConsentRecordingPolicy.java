package org.returneeregistry.consent.domain;

import java.util.Objects;

/**
 * Who may record a returnee's consent, for whom, naming whom: a rule of the policy, not of the form.
 *
 * <p>A consent record opens the returnee's data to its recipient, so recording one is itself a
 * disclosure decision. The rules, in the order they are weighed (the first that refuses decides):
 * <ol>
 * <li>only the operator's registrars and missions record consent;</li>
 * <li>the legal basis of a consent record is consent: other bases are the operator's configuration,
 *     never a caller's field;</li>
 * <li>a mission records what the returnee signed in front of it, with the signed form's hash
 *     ({@code ASSISTED}, or {@code DELEGATED} to a representative who signed); {@code SELF} is the
 *     returnee's own act, which no mission can record for them;</li>
 * <li>a mission records consent only for people it notified; anyone else answers as not found,
 *     exactly as a registry number nobody holds, so the refusal tells nothing about who exists;</li>
 * <li>the recipient is a registered organisation, and not the recorder's own: nobody grants consent
 *     to themselves;</li>
 * <li>a foreign recipient (a partner institution, or an organisation of another country that is not
 *     one of the home country's missions) needs a bilateral agreement in force, to which it is a party,
 *     whose outbound scope covers every purpose and category of the record: consent is then what a
 *     {@code CONSENT_REQUIRED} scope row asks for; without such an agreement the grant is refused;</li>
 * <li>a record may be superseded only by whoever may see it: the operator's registrars see every
 *     record, a mission only its own mission's, and another's answers as not found.</li>
 * </ol>
 */
public final class ConsentRecordingPolicy {

    private ConsentRecordingPolicy() {}

    /** Who is recording, by the function the caller's token gives it. */
    public enum Recorder {
        /** A registrar of the registry's operator, keeping the record. */
        OPERATOR_REGISTRAR,
        /** An officer or the system of a mission abroad. */
        MISSION,
        /** Anyone else. */
        OTHER
    }

    /** The kind of organisation a recipient is, as the organisation context registered it. */
    public enum RecipientKind {
        REGISTRY_OPERATOR,
        MINISTRY,
        MISSION,
        PARTNER_INSTITUTION,
        MIGRANT_RESOURCE_CENTRE
    }

    /** The recipient as registered: its code, kind and country (ISO 3166-1 alpha-3). */
    public record Recipient(String code, RecipientKind kind, String country) {
        public Recipient {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * What is known when a record is asked for.
     *
     * @param legalBasis             the legal basis the caller named, or null when it named none
     * @param evidence               whether the signed form's hash is given
     * @param subjectNotified        whether a return notification of the recorder's organisation names the returnee
     * @param recipient              the recipient as registered, or null when no organisation holds the code
     * @param supersedesNamed        whether the caller names a record to supersede
     * @param supersededRecordedBy   the organisation that recorded it, or null when no record has that id
     * @param agreementCovers        whether an agreement in force, to which the recipient is a party, has outbound
     *                               scope rows covering every purpose and category of the record
     */
    public record Facts(
            Recorder recorder,
            String recorderOrganisation,
            String operatorCountry,
            LegalBasis legalBasis,
            ConsentMethod method,
            boolean evidence,
            boolean subjectExists,
            boolean subjectNotified,
            Recipient recipient,
            boolean supersedesNamed,
            String supersededRecordedBy,
            boolean agreementCovers) {

        /** The facts of a grant no agreement covers. */
        public Facts(
                Recorder recorder,
                String recorderOrganisation,
                String operatorCountry,
                LegalBasis legalBasis,
                ConsentMethod method,
                boolean evidence,
                boolean subjectExists,
                boolean subjectNotified,
                Recipient recipient,
                boolean supersedesNamed,
                String supersededRecordedBy) {
            this(
                    recorder,
                    recorderOrganisation,
                    operatorCountry,
                    legalBasis,
                    method,
                    evidence,
                    subjectExists,
                    subjectNotified,
                    recipient,
                    supersedesNamed,
                    supersededRecordedBy,
                    false);
        }

        public Facts {
            Objects.requireNonNull(recorder, "recorder");
            Objects.requireNonNull(recorderOrganisation, "recorderOrganisation");
            Objects.requireNonNull(operatorCountry, "operatorCountry");
            Objects.requireNonNull(method, "method");
        }
    }

    /** Why a record may or may not be made; a refusal names the error the caller receives. */
    public enum Reason {
        PERMITTED,
        /** Neither an operator's registrar nor a mission. */
        RECORDER_NOT_PERMITTED,
        /** A legal basis other than consent was named. */
        LEGAL_BASIS_NOT_SELECTABLE,
        /** A mission recorded {@code SELF}: the returnee's own act, not a mission's. */
        SELF_NOT_RECORDED_BY_MISSION,
        /** A mission recorded without the signed form's hash. */
        MISSION_EVIDENCE_MISSING,
        /** No returnee holds the number, or (for a mission) not one it notified. */
        SUBJECT_NOT_FOUND,
        /** No organisation is registered under the recipient's code. */
        RECIPIENT_NOT_REGISTERED,
        /** The recipient is the recorder's own organisation. */
        RECIPIENT_IS_RECORDER,
        /** The recipient is a foreign institution; no agreement in force covers it for these purposes and categories. */
        CROSS_BORDER_WITHOUT_AGREEMENT,
        /** The record to supersede does not exist, or is one the recorder may not see. */
        SUPERSEDED_NOT_VISIBLE;

        public boolean permits() {
            return this == PERMITTED;
        }
    }

    public static Reason decide(Facts f) {
        if (f.recorder() == Recorder.OTHER) {
            return Reason.RECORDER_NOT_PERMITTED;
        }
        if (f.legalBasis() != null && f.legalBasis() != LegalBasis.CONSENT) {
            return Reason.LEGAL_BASIS_NOT_SELECTABLE;
        }
        boolean mission = f.recorder() == Recorder.MISSION;
        if (mission && f.method() == ConsentMethod.SELF) {
            return Reason.SELF_NOT_RECORDED_BY_MISSION;
        }
        if (mission && !f.evidence()) {
            return Reason.MISSION_EVIDENCE_MISSING;
        }
        if (!f.subjectExists() || mission && !f.subjectNotified()) {
            return Reason.SUBJECT_NOT_FOUND;
        }
        if (f.recipient() == null) {
            return Reason.RECIPIENT_NOT_REGISTERED;
        }
        if (f.recipient().code().equals(f.recorderOrganisation())) {
            return Reason.RECIPIENT_IS_RECORDER;
        }
        if (foreign(f.recipient(), f.operatorCountry()) && !f.agreementCovers()) {
            return Reason.CROSS_BORDER_WITHOUT_AGREEMENT;
        }
        if (f.supersedesNamed()
                && (f.supersededRecordedBy() == null
                        || mission && !f.supersededRecordedBy().equals(f.recorderOrganisation()))) {
            return Reason.SUPERSEDED_NOT_VISIBLE;
        }
        return Reason.PERMITTED;
    }

    /**
     * A partner institution is foreign; so is any other organisation of another country, except the
     * home country's own missions, which sit abroad but are organs of the operator's state.
     */
    static boolean foreign(Recipient recipient, String operatorCountry) {
        return recipient.kind() == RecipientKind.PARTNER_INSTITUTION
                || recipient.kind() != RecipientKind.MISSION
                        && !recipient.country().equals(operatorCountry);
    }
}
