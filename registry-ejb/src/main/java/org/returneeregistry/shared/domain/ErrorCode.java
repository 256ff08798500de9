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
    AMBIGUOUS_IDENTITY("AmbiguousIdentity", Kind.CONFLICT),
    IDENTIFIER_ALREADY_REGISTERED("IdentifierAlreadyRegistered", Kind.CONFLICT),
    STALE_VERSION("StaleVersion", Kind.CONFLICT),
    INTERNAL_ERROR("InternalError", Kind.INTERNAL);

    public enum Kind { INVALID, TOO_LARGE, NOT_FOUND, CONFLICT, INTERNAL }

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
}
