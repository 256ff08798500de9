package org.returneeregistry.exchange.domain;

import java.util.Objects;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Whether an inbound partner message is accepted, and if not the one reason it is refused with. The checks run in
 * a fixed order (ADR 0013), so a message failing several is refused for the first: the message's own integrity
 * (signature, signed Body and Timestamp), whom it is for and who sends it, the agreement it claims, the sender's
 * certificate under that agreement, the agreement's scope, whether it was received before, and last the clock: a
 * resend of a message taken in before is answered again (the same receipt) however old it is, a message id reused
 * for other content is refused, and only a new message must be fresh (ADR 0026).
 *
 * @param refusal the code it is refused with; null when accepted
 * @param duplicate accepted as the resend of a message received before with the same content
 */
public record InboundDecision(ErrorCode refusal, boolean duplicate) {

    public static InboundDecision decide(InboundFacts facts) {
        Objects.requireNonNull(facts);
        ErrorCode refusal = firstRefusal(facts);
        return new InboundDecision(refusal, refusal == null && facts.replay() == Replay.SAME_CONTENT);
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** The reason as the message log records it: {@code ACCEPTED}, {@code ALREADY_RECEIVED} or the refusal's code. */
    public String reason() {
        return refusal != null ? refusal.code() : duplicate ? "ALREADY_RECEIVED" : "ACCEPTED";
    }

    private static ErrorCode firstRefusal(InboundFacts f) {
        ErrorCode signature =
                switch (f.signature()) {
                    case VALID -> null;
                    case MISSING -> ErrorCode.SIGNATURE_MISSING;
                    case INVALID -> ErrorCode.SIGNATURE_INVALID;
                    case BODY_ALTERED -> ErrorCode.BODY_ALTERED;
                    case BODY_NOT_SIGNED -> ErrorCode.BODY_NOT_SIGNED;
                    case TIMESTAMP_MISSING -> ErrorCode.TIMESTAMP_MISSING;
                    case TIMESTAMP_NOT_SIGNED -> ErrorCode.TIMESTAMP_NOT_SIGNED;
                };
        if (signature != null) {
            return signature;
        }
        if (!f.recipientIsThisRegistry()) {
            return ErrorCode.WRONG_RECIPIENT;
        }
        if (!f.callerIsSender()) {
            return ErrorCode.SENDER_NOT_CALLER;
        }
        ErrorCode agreement =
                switch (f.scope()) {
                    case NO_AGREEMENT -> ErrorCode.NO_AGREEMENT;
                    case NOT_IN_FORCE -> ErrorCode.AGREEMENT_NOT_IN_FORCE;
                    case SUSPENDED -> ErrorCode.AGREEMENT_SUSPENDED;
                    case TERMINATED -> ErrorCode.AGREEMENT_TERMINATED;
                    case OUTSIDE_VALIDITY -> ErrorCode.AGREEMENT_OUTSIDE_VALIDITY;
                    case IN_SCOPE, OUT_OF_SCOPE -> null;
                };
        if (agreement != null) {
            return agreement;
        }
        ErrorCode signer =
                switch (f.signer()) {
                    case VALID -> null;
                    case NOT_PARTY -> ErrorCode.UNKNOWN_SENDER;
                    case NOT_REGISTERED -> ErrorCode.CERTIFICATE_NOT_REGISTERED;
                    case REVOKED -> ErrorCode.CERTIFICATE_REVOKED;
                    case EXPIRED -> ErrorCode.CERTIFICATE_EXPIRED;
                    case NOT_YET_VALID -> ErrorCode.CERTIFICATE_NOT_YET_VALID;
                };
        if (signer != null) {
            return signer;
        }
        if (f.scope() == org.returneeregistry.agreement.domain.ScopeDecision.Outcome.OUT_OF_SCOPE) {
            return ErrorCode.OUT_OF_SCOPE;
        }
        // a message taken in before is answered before its freshness is judged: a resend keeps its envelope and
        // is accepted exactly once, however late it comes (ADR 0026)
        if (f.replay() == Replay.OTHER_CONTENT) {
            return ErrorCode.MESSAGE_REPLAYED;
        }
        if (f.replay() == Replay.SAME_CONTENT) {
            return null;
        }
        if (!f.withinSkew()) {
            return ErrorCode.TIMESTAMP_OUT_OF_RANGE;
        }
        return null;
    }
}
