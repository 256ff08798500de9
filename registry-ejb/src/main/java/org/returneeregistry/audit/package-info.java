/**
 * Audit: one entry per business call into the application services — who (subject, organisation,
 * client), by which interface, which operation, with what outcome. Entries are only ever appended.
 * Holds no personal data of returnees; what was read about whom belongs to the consent decision log.
 */
package org.returneeregistry.audit;
