/**
 * REST adapter of the returnee context: the returnee record and its consent-governed disclosure. Parses,
 * calls {@code ReturneeService}, maps.
 */
package org.returneeregistry.returnee.rest;
