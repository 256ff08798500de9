package org.returneeregistry.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * RFC 9457 problem details. {@code type} names the stable error code; {@code violations} lists
 * every broken rule of an invalid request at once.
 */
public record Problem(String type, String title, int status, String detail, String code, List<Violation> violations) {

    /** One broken rule of an invalid request: the field (a JSON path), the rule and a message. */
    public record Violation(String field, String rule, String message) {}

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://schemas.returneeregistry.org/problems/";

    public static Response response(
            ErrorCode code, String detail, List<org.returneeregistry.shared.domain.Violation> violations) {
        int status = status(code);
        Problem problem = new Problem(
                TYPE_BASE + code.code(),
                title(code),
                status,
                detail,
                code.code(),
                violations.isEmpty()
                        ? null
                        : Wire.list(violations, v -> new Violation(v.field(), v.rule(), v.message())));
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }

    static int status(ErrorCode code) {
        return switch (code.kind()) {
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN, DENIED -> 403;
            case UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }

    static String title(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request is invalid";
            case MALFORMED_REQUEST -> "The request body cannot be read";
            case REQUEST_TOO_LARGE -> "The request body is too large";
            case NOT_FOUND -> "Not found";
            case DUPLICATE_NOTIFICATION_CONFLICT -> "Notification id already used for different content";
            case AMBIGUOUS_IDENTITY -> "The identifiers belong to different returnees";
            case IDENTIFIER_ALREADY_REGISTERED -> "Identifier already registered";
            case STALE_VERSION -> "The record changed since it was read";
            case ORGANISATION_ALREADY_REGISTERED -> "Organisation already registered";
            case ORGANISATION_STATUS_CONFLICT -> "The organisation is not in a status that allows this";
            case NOT_AUTHENTICATED -> "Authentication required";
            case NOT_AUTHORIZED -> "Not authorised";
            case ORGANISATION_SUSPENDED -> "The caller's organisation is suspended";
            case UNKNOWN_ORGANISATION -> "The caller's organisation is not registered";
            case IDENTITY_PROVIDER_UNAVAILABLE -> "The identity provider is unavailable";
            case INTERNAL_ERROR -> "Internal error";
            case CONSENT_STATUS_CONFLICT -> "The consent record is not in a status that allows this";
            case PURPOSE_REQUIRED -> "A purpose must be declared";
            case PURPOSE_NOT_PERMITTED -> "The caller's role may not read for this purpose";
            case NO_CONSENT -> "No consent or legal basis";
            case CATEGORY_NOT_CONSENTED -> "The consent does not cover the categories asked";
            case CONSENT_REVOKED -> "Consent revoked";
            case CONSENT_EXPIRED -> "Consent expired";
            case CONSENT_PENDING -> "Consent not valid yet";
            case CONSENT_REJECTED -> "Consent refused";
            case CONSENT_EVIDENCE_REQUIRED -> "The consent needs evidence the recorder cannot supply this way";
            case CONSENT_TO_OWN_ORGANISATION -> "Consent cannot name the recorder's own organisation";
            case CROSS_BORDER_NEEDS_AGREEMENT -> "A foreign recipient needs a bilateral agreement";
            case REFERRAL_STATUS_CONFLICT -> "The referral is not in a status that allows this";
            case NO_REFERRAL_ROUTE -> "No recipient named and none routed for the service";
            case REFERRAL_RECIPIENT_UNAVAILABLE -> "The recipient organisation is suspended";
            case OUTBOX_MESSAGE_STATUS_CONFLICT -> "The outbox message is not in a status that allows this";
            case IDEMPOTENCY_KEY_REUSED -> "Idempotency key already used for a different request";
            case IDEMPOTENCY_KEY_IN_PROGRESS -> "A request with this idempotency key is still in progress";
            case REVIEW_ALREADY_RESOLVED -> "The notification is no longer held for review";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case AGREEMENT_STATUS_CONFLICT -> "The agreement is not in a status that allows this";
            case INSTITUTION_NOT_PARTY -> "The institution is not a party to the agreement";
            case CERTIFICATE_MALFORMED -> "The certificate is not one well-formed X.509 certificate in PEM";
            case CERTIFICATE_EXPIRED -> "The certificate has expired";
            case CERTIFICATE_NOT_FOR_SIGNING -> "The certificate cannot sign messages";
            case CERTIFICATE_ALREADY_ATTACHED -> "The certificate is already registered for the institution";
            case CERTIFICATE_LIMIT_REACHED -> "The institution already has two live certificates";
            case CERTIFICATE_ALREADY_REVOKED -> "The certificate is already revoked";
            case AGREEMENT_ALREADY_REGISTERED -> "An agreement with this id is already registered";
            case REQUEST_NOT_AWAITING_ANSWER -> "The request is not awaiting an answer";
            case SPECIAL_CATEGORY_RESTRICTED -> "Screening results are read only by the returnee's case worker";
            case UNKNOWN_QUESTIONNAIRE -> "No questionnaire has this code and version";
            case UNKNOWN_INDICATOR -> "No indicator has this id";
            case UNKNOWN_DIMENSION -> "The indicator cannot be broken down by this dimension";
            case CASE_STATUS_CONFLICT -> "The case is not in a status that allows this";
            case CASE_ALREADY_OPEN -> "The returnee already has an open case";
            case CASE_HAS_OPEN_ACTIONS -> "The case has open actions; closing it needs a reason";
            case FOLLOW_UP_BEFORE_CASE_OPENED -> "A follow-up cannot be dated before the case opened";
            case CASE_WORKER_UNAVAILABLE -> "The resource centre is not an active migrant resource centre";
            case SIGNATURE_MISSING -> "The message is not signed";
            case SIGNATURE_INVALID -> "The message's signature does not verify";
            case BODY_ALTERED -> "The message's body does not match its signature";
            case BODY_NOT_SIGNED -> "The signature does not cover the message's body";
            case TIMESTAMP_MISSING -> "The message has no timestamp";
            case TIMESTAMP_NOT_SIGNED -> "The signature does not cover the message's timestamp";
            case TIMESTAMP_OUT_OF_RANGE -> "The message's timestamp is outside the allowed clock skew";
            case WRONG_RECIPIENT -> "The message is addressed to another institution";
            case SENDER_NOT_CALLER -> "The message's sender is not the caller's organisation";
            case UNKNOWN_SENDER -> "The sender is not a party to the agreement";
            case CERTIFICATE_NOT_REGISTERED -> "The signing certificate is not registered under the agreement";
            case CERTIFICATE_REVOKED -> "The signing certificate is revoked";
            case CERTIFICATE_NOT_YET_VALID -> "The signing certificate is not valid yet";
            case NO_AGREEMENT -> "No such agreement";
            case AGREEMENT_NOT_IN_FORCE -> "The agreement is not in force";
            case AGREEMENT_SUSPENDED -> "The agreement is suspended";
            case AGREEMENT_TERMINATED -> "The agreement is terminated";
            case AGREEMENT_OUTSIDE_VALIDITY -> "The agreement is not valid today";
            case OUT_OF_SCOPE -> "The message is outside the agreement's scope";
            case MESSAGE_REPLAYED -> "The message id was used before for other content";
            case NO_SOCIAL_SECURITY_SECTION -> "The agreement has no social security section";
            case GRIEVANCE_STATUS_CONFLICT -> "The grievance's status does not allow this change";
            case CLAIM_STATUS_CONFLICT -> "The claim is not in a status that allows this";
            case CLAIM_NOT_AWAITING_ANSWER -> "No claim awaits this answer from this institution";
            case NO_CERTIFIED_PERIODS -> "The returnee has no period certified by a partner institution";
            case CLAIM_NOT_DECIDED -> "The claim has not been decided: it has no decision notice";
            case PERIOD_REQUEST_ANSWERED -> "The period request was answered already";
        };
    }
}
