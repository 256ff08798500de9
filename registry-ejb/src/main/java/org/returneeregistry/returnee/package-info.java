/**
 * Returnee context: the returnee record (registry number, identities, person, migration episodes,
 * return events), its change history, and identity matching.
 * Other contexts reach it only through {@code ReturneeService}; never through its entities or repository.
 */
package org.returneeregistry.returnee;
