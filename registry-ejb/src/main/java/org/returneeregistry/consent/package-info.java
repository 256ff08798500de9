/**
 * Consent: returnees' consent records (ISO/IEC TS 27560, W3C DPV codes) and their signed receipts, the one
 * policy decision point every read of personal data asks, and the hash-chained decision log of its answers.
 * Must not read other contexts' data itself: it decides, and the owning context discloses what it granted.
 */
package org.returneeregistry.consent;
