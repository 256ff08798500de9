/**
 * Exchange: the transactional outbox of messages to other organisations, their delivery endpoints, the adapters
 * that deliver (JSON push over HTTP, HL7 v2 over MLLP to the Ministry of Health), and the partner exchange's inbound
 * side: WS-Security verification (WSS4J, {@code exchange.wss}) of partner institutions' messages against the
 * agreement registry, the durable replay store, and the hash-chained message log.
 * It decides how and when a message goes and whether a partner's message is taken in, never what personal data a
 * message may carry: callers do, after the consent decision point. Payloads are never logged.
 */
package org.returneeregistry.exchange;
