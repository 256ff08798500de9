/**
 * REST adapter of the organisation context: registration, suspension and reinstatement of organisations.
 * Parses, calls {@code OrganisationService}, maps.
 */
package org.returneeregistry.organisation.rest;
