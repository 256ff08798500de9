/**
 * REST adapter of the audit context: the audit trail for auditors. Parses, calls {@code AuditTrail}, maps.
 */
package org.returneeregistry.audit.rest;
