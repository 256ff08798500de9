/**
 * Returnee context: the returnee record (registry number, identities, person, migration episodes,
 * return events), its change history, and identity matching.
 * Protocols reach it through {@code ReturneeService}, other contexts through {@code ReturneeRecords}; never
 * through its entities or repository. It declares the ports its reads need from contexts downstream of it:
 * {@code ReadPolicy} (implemented by consent) and {@code ReportedCircumstances} (implemented by notification).
 */
package org.returneeregistry.returnee;
