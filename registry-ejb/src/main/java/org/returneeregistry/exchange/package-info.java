/**
 * Exchange: the transactional outbox of messages to other organisations, their delivery endpoints, and
 * the adapters that deliver (JSON push over HTTP, HL7 v2 over MLLP to the Ministry of Health).
 * It decides how and when a message goes, never what personal data it may carry: callers do, after the
 * consent decision point. Payloads are never logged.
 */
package org.returneeregistry.exchange;
