package org.returneeregistry.shared.domain;

/**
 * Stable error codes. The code string is what integrators see (SOAP fault code, problem type);
 * the kind tells each protocol's mapper which family of answer it is.
 */
public enum ErrorCode {
    VALIDATION_FAILED("ValidationFailed", Kind.INVALID),
    MALFORMED_REQUEST("MalformedRequest", Kind.INVALID),
    REQUEST_TOO_LARGE("RequestTooLarge", Kind.TOO_LARGE),
    NOT_FOUND("NotFound", Kind.NOT_FOUND),
    DUPLICATE_NOTIFICATION_CONFLICT("DuplicateNotificationConflict", Kind.CONFLICT),
    AMBIGUOUS_IDENTITY("AmbiguousIdentity", Kind.UNPROCESSABLE),
    IDENTIFIER_ALREADY_REGISTERED("IdentifierAlreadyRegistered", Kind.CONFLICT),
    STALE_VERSION("StaleVersion", Kind.CONFLICT),
    ORGANISATION_ALREADY_REGISTERED("OrganisationAlreadyRegistered", Kind.CONFLICT),
    ORGANISATION_STATUS_CONFLICT("OrganisationStatusConflict", Kind.CONFLICT),
    NOT_AUTHENTICATED("NotAuthenticated", Kind.UNAUTHENTICATED),
    NOT_AUTHORIZED("NotAuthorized", Kind.FORBIDDEN),
    ORGANISATION_SUSPENDED("OrganisationSuspended", Kind.FORBIDDEN),
    UNKNOWN_ORGANISATION("UnknownOrganisation", Kind.FORBIDDEN),
    IDENTITY_PROVIDER_UNAVAILABLE("IdentityProviderUnavailable", Kind.UNAVAILABLE),
    INTERNAL_ERROR("InternalError", Kind.INTERNAL),
    CONSENT_STATUS_CONFLICT("ConsentStatusConflict", Kind.CONFLICT),
    PURPOSE_REQUIRED("PurposeRequired", Kind.INVALID),
    PURPOSE_NOT_PERMITTED("PurposeNotPermitted", Kind.DENIED),
    NO_CONSENT("NoConsent", Kind.DENIED),
    CATEGORY_NOT_CONSENTED("CategoryNotConsented", Kind.DENIED),
    CONSENT_REVOKED("ConsentRevoked", Kind.DENIED),
    CONSENT_EXPIRED("ConsentExpired", Kind.DENIED),
    CONSENT_PENDING("ConsentPending", Kind.DENIED),
    CONSENT_REJECTED("ConsentRejected", Kind.DENIED),
    CONSENT_EVIDENCE_REQUIRED("ConsentEvidenceRequired", Kind.UNPROCESSABLE),
    CONSENT_TO_OWN_ORGANISATION("ConsentToOwnOrganisation", Kind.FORBIDDEN),
    CROSS_BORDER_NEEDS_AGREEMENT("CrossBorderNeedsAgreement", Kind.FORBIDDEN),
    REFERRAL_STATUS_CONFLICT("ReferralStatusConflict", Kind.CONFLICT),
    NO_REFERRAL_ROUTE("NoReferralRoute", Kind.CONFLICT),
    REFERRAL_RECIPIENT_UNAVAILABLE("ReferralRecipientUnavailable", Kind.CONFLICT),
    OUTBOX_MESSAGE_STATUS_CONFLICT("OutboxMessageStatusConflict", Kind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("IdempotencyKeyReused", Kind.UNPROCESSABLE),
    IDEMPOTENCY_KEY_IN_PROGRESS("IdempotencyKeyInProgress", Kind.CONFLICT),
    REVIEW_ALREADY_RESOLVED("ReviewAlreadyResolved", Kind.CONFLICT),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaType", Kind.INVALID),
    AGREEMENT_STATUS_CONFLICT("AgreementStatusConflict", Kind.CONFLICT),
    INSTITUTION_NOT_PARTY("InstitutionNotParty", Kind.UNPROCESSABLE),
    CERTIFICATE_MALFORMED("CertificateMalformed", Kind.INVALID),
    CERTIFICATE_EXPIRED("CertificateExpired", Kind.UNPROCESSABLE),
    CERTIFICATE_NOT_FOR_SIGNING("CertificateNotForSigning", Kind.UNPROCESSABLE),
    CERTIFICATE_ALREADY_ATTACHED("CertificateAlreadyAttached", Kind.CONFLICT),
    CERTIFICATE_LIMIT_REACHED("CertificateLimitReached", Kind.CONFLICT),
    CERTIFICATE_ALREADY_REVOKED("CertificateAlreadyRevoked", Kind.CONFLICT),
    AGREEMENT_ALREADY_REGISTERED("AgreementAlreadyRegistered", Kind.CONFLICT),
    REQUEST_NOT_AWAITING_ANSWER("RequestNotAwaitingAnswer", Kind.CONFLICT),
    SPECIAL_CATEGORY_RESTRICTED("SpecialCategoryRestricted", Kind.DENIED),
    UNKNOWN_QUESTIONNAIRE("UnknownQuestionnaire", Kind.UNPROCESSABLE),
    UNKNOWN_INDICATOR("UnknownIndicator", Kind.NOT_FOUND),
    UNKNOWN_DIMENSION("UnknownDimension", Kind.UNPROCESSABLE),
    CASE_STATUS_CONFLICT("CaseStatusConflict", Kind.CONFLICT),
    CASE_ALREADY_OPEN("CaseAlreadyOpen", Kind.CONFLICT),
    CASE_HAS_OPEN_ACTIONS("CaseHasOpenActions", Kind.UNPROCESSABLE),
    FOLLOW_UP_BEFORE_CASE_OPENED("FollowUpBeforeCaseOpened", Kind.UNPROCESSABLE),
    CASE_WORKER_UNAVAILABLE("CaseWorkerUnavailable", Kind.CONFLICT),
    SIGNATURE_MISSING("SignatureMissing", Kind.INVALID),
    SIGNATURE_INVALID("SignatureInvalid", Kind.INVALID),
    BODY_ALTERED("BodyAltered", Kind.INVALID),
    BODY_NOT_SIGNED("BodyNotSigned", Kind.INVALID),
    TIMESTAMP_MISSING("TimestampMissing", Kind.INVALID),
    TIMESTAMP_NOT_SIGNED("TimestampNotSigned", Kind.INVALID),
    TIMESTAMP_OUT_OF_RANGE("TimestampOutOfRange", Kind.UNPROCESSABLE),
    WRONG_RECIPIENT("WrongRecipient", Kind.UNPROCESSABLE),
    SENDER_NOT_CALLER("SenderNotCaller", Kind.FORBIDDEN),
    UNKNOWN_SENDER("UnknownSender", Kind.FORBIDDEN),
    CERTIFICATE_NOT_REGISTERED("CertificateNotRegistered", Kind.FORBIDDEN),
    CERTIFICATE_REVOKED("CertificateRevoked", Kind.FORBIDDEN),
    CERTIFICATE_NOT_YET_VALID("CertificateNotYetValid", Kind.FORBIDDEN),
    NO_AGREEMENT("NoAgreement", Kind.FORBIDDEN),
    AGREEMENT_NOT_IN_FORCE("AgreementNotInForce", Kind.FORBIDDEN),
    AGREEMENT_SUSPENDED("AgreementSuspended", Kind.FORBIDDEN),
    AGREEMENT_TERMINATED("AgreementTerminated", Kind.FORBIDDEN),
    AGREEMENT_OUTSIDE_VALIDITY("AgreementOutsideValidity", Kind.FORBIDDEN),
    OUT_OF_SCOPE("OutOfScope", Kind.FORBIDDEN),
    MESSAGE_REPLAYED("MessageReplayed", Kind.CONFLICT),
    NO_SOCIAL_SECURITY_SECTION("NoSocialSecuritySection", Kind.UNPROCESSABLE),
    GRIEVANCE_STATUS_CONFLICT("GrievanceStatusConflict", Kind.CONFLICT),
    CLAIM_STATUS_CONFLICT("ClaimStatusConflict", Kind.CONFLICT),
    CLAIM_NOT_AWAITING_ANSWER("ClaimNotAwaitingAnswer", Kind.UNPROCESSABLE),
    /** A statement of periods abroad was asked for a returnee with no partner-certified period on any claim. */
    NO_CERTIFIED_PERIODS("NoCertifiedPeriods", Kind.UNPROCESSABLE),
    /** A claim's decision notice was asked for a claim that has not been decided: a notice is issued at a decision. */
    CLAIM_NOT_DECIDED("ClaimNotDecided", Kind.UNPROCESSABLE),
    PERIOD_REQUEST_ANSWERED("PeriodRequestAnswered", Kind.CONFLICT);

    /**
     * FORBIDDEN is access control (role, organisation); DENIED is the consent decision point's answer to
     * a read, which its decision log records — both are answered as forbidden.
     */
    public enum Kind {
        INVALID,
        TOO_LARGE,
        NOT_FOUND,
        CONFLICT,
        /** Well-formed and not in conflict with the record's state, but not processable as it stands (422). */
        UNPROCESSABLE,
        UNAUTHENTICATED,
        FORBIDDEN,
        DENIED,
        UNAVAILABLE,
        INTERNAL
    }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The error code with this code string, or null. */
    public static ErrorCode valueOfCode(String code) {
        for (ErrorCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
