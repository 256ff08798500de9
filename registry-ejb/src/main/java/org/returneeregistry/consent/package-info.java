/**
 * Consent: returnees' consent records (ISO/IEC TS 27560, W3C DPV codes) and their signed receipts, the one
 * policy decision point every read of personal data asks, and the hash-chained decision log of its answers.
 * Must not read other contexts' data itself: it decides, and the owning context discloses what it granted —
 * for the returnee context through that context's {@code ReadPolicy} port, which {@code ReturneeReadDecisions}
 * implements. Other contexts use {@code AccessDecisions} and {@code DecisionChain}, never the protocols' services.
 */
package org.returneeregistry.consent;
