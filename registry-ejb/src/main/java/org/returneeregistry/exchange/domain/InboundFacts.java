package org.returneeregistry.exchange.domain;

import java.util.Objects;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.agreement.domain.SignerStanding;

/**
 * What the registry found out about one inbound message, each fact established by the part of the registry that
 * owns it: the WS-Security verification, the caller's token, the agreement registry (scope, and the signer's
 * certificate compared with those registered), the clock and the durable replay store. {@link InboundDecision}
 * decides on them alone.
 *
 * @param signature what WS-Security verification found
 * @param recipientIsThisRegistry whether the envelope's recipient institution is this registry's operator
 * @param callerIsSender whether the caller's token acts for the envelope's sender institution
 * @param scope the agreement registry's answer for the message's direction, type, categories and purpose
 * @param signer where the signing certificate stands for the sender under the agreement
 * @param withinSkew whether the signed WS-Security Timestamp lies within the allowed skew (and the envelope's
 *     timestamp is not later than the skew allows)
 * @param replay whether the sender's message id was received before
 */
public record InboundFacts(
        SignatureCheck signature,
        boolean recipientIsThisRegistry,
        boolean callerIsSender,
        ScopeDecision.Outcome scope,
        SignerStanding signer,
        boolean withinSkew,
        Replay replay) {

    public InboundFacts {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(replay, "replay");
    }
}
